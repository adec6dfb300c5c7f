#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace hector::csv {

// Text encodings a CSV file from a French office is found in.
enum class Encoding {
    Utf8,        // with or without a byte order mark
    Windows1252, // Excel « CSV (séparateur : point-virgule) » on Windows
};

// What detectFormat() found in the first bytes of a file.
struct CsvFormat
{
    Encoding encoding = Encoding::Utf8;
    bool byteOrderMark = false; // UTF-8 BOM (skipped by the reader)
    QChar delimiter = u';';
};

// « UTF-8 », « UTF-8 (BOM) », « Windows-1252 ».
QString encodingLabel(Encoding encoding, bool byteOrderMark = false);

// Windows-1252 to UTF-16: Latin-1 except the 32 bytes 0x80-0x9F (€, ‚, ƒ, „, …, œ, ’, ...); the
// five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) give U+FFFD.
QString decodeWindows1252(QByteArrayView bytes);

// Looks at the first bytes (`sample`, e.g. 64 KiB) of a file: BOM, then UTF-8 if the sample is
// valid UTF-8 (a sequence cut at the end of the sample is allowed), else Windows-1252; the
// delimiter among « ; », « , » and tab that splits the first lines (outside quotes) into the same
// number of fields, the most fields winning; « ; » when nothing decides.
CsvFormat detectFormat(QByteArrayView sample);
// The same on a device: peeks (does not consume) its first 64 KiB.
CsvFormat detectFormat(QIODevice *device);
QChar detectDelimiter(const QString &sampleText);

// Streaming RFC 4180 reader: reads `device` in chunks of 64 KiB (never the whole file), decodes
// them (UTF-8 or Windows-1252; a leading UTF-8 BOM is skipped) and splits records: fields
// separated by the delimiter, quoted fields with doubled quotes, delimiters and line breaks inside
// quotes, CRLF, LF or CR line ends, a last record without a line end. Empty lines are skipped.
// A quote left open at the end of the file makes the last record `broken` (its reason in
// error()) instead of a crash; a quote in the middle of an unquoted field is kept as text.
class CsvReader
{
public:
    CsvReader(QIODevice *device, const CsvFormat &format);

    // The next record into `fields`; false at the end of the file (or on a read error: see
    // error()).
    bool readRecord(QStringList &fields);

    // Line (1-based) where the last record read starts, and where it ends (embedded line breaks).
    qint64 recordLine() const { return m_recordLine; }
    qint64 recordEndLine() const { return m_line; }
    // Non-empty when the last record is damaged (unclosed quote); French.
    QString recordError() const { return m_recordError; }
    // Bytes consumed from the device so far (for a progress bar).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 recordsRead() const { return m_records; }
    // A read error of the device (French), empty otherwise.
    QString error() const { return m_error; }

private:
    bool fill(); // decodes the next chunk into m_buffer; false at the end

    QIODevice *m_device;
    CsvFormat m_format;
    QStringDecoder m_utf8{QStringDecoder::Utf8}; // stateful: a sequence may straddle two chunks
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_first = true;
    bool m_pendingCr = false; // the last chunk ended with CR: skip a LF starting the next one
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_records = 0;
    QString m_recordError;
    QString m_error;
};

} // namespace hector::csv
