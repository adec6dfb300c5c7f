#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace hector::csv {

// Writes RFC 4180 CSV to a device, row by row (nothing is kept in memory): fields are separated
// by `separator` (« ; » by default, what Excel expects with French regional settings), rows end
// with CRLF, and a field holding the separator, a double quote, CR or LF is put between double
// quotes with its quotes doubled. UTF-8, optionally preceded by a byte order mark (so that Excel
// reads the accents right).
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, QChar separator = u';');

    // Writes the UTF-8 byte order mark; call before the first row.
    bool writeByteOrderMark();
    bool writeRow(const QStringList &fields);

    // False once a write failed (disk full, device closed); errorString() says why.
    bool ok() const { return m_ok; }
    QString errorString() const;
    qint64 rowsWritten() const { return m_rows; }

    // Cells a spreadsheet would run as a formula (starting with = @ tab CR, or + - not followed by
    // a plain number such as an E.164 phone) get a leading apostrophe (CSV injection, OWASP).
    // On by default; off for files meant for programs only.
    void setNeutraliseFormulas(bool on) { m_neutralise = on; }
    static QString neutralised(const QString &field);

    // One field as it appears in the file (quoted when needed).
    static QString quoted(const QString &field, QChar separator = u';');

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    QChar m_separator;
    bool m_ok = true;
    bool m_neutralise = true;
    qint64 m_rows = 0;
};

} // namespace hector::csv
