#include "core/csv/CsvWriter.h"

#include <QIODevice>

namespace hector::csv {

CsvWriter::CsvWriter(QIODevice *device, QChar separator)
    : m_device(device)
    , m_separator(separator)
{}

QString CsvWriter::neutralised(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    bool risky = first == u'=' || first == u'@' || first == u'\t' || first == u'\r';
    if (first == u'+' || first == u'-') {
        // A signed number or an E.164 phone stays as it is; anything else is a formula to a spreadsheet.
        for (qsizetype i = 1; i < field.size() && !risky; ++i) {
            const QChar c = field.at(i);
            risky = !(c.isDigit() || c == u' ' || c == u'.' || c == u',' || c == QChar(0x202F) || c == QChar(0xA0));
        }
        risky = risky || field.size() == 1;
    }
    return risky ? u'\'' + field : field;
}

QString CsvWriter::quoted(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(u'"') || field.contains(u'\n')
                             || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

bool CsvWriter::writeByteOrderMark()
{
    return write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(m_separator);
        line.append(quoted(m_neutralise ? neutralised(fields.at(i)) : fields.at(i), m_separator));
    }
    line.append(QLatin1String("\r\n"));
    if (!write(line.toUtf8()))
        return false;
    ++m_rows;
    return true;
}

bool CsvWriter::write(const QByteArray &bytes)
{
    if (!m_ok)
        return false;
    if (!m_device || !m_device->isWritable() || m_device->write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

QString CsvWriter::errorString() const
{
    if (m_ok)
        return {};
    return m_device ? m_device->errorString() : QString();
}

} // namespace hector::csv
