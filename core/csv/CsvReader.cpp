#include "core/csv/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>

namespace hector::csv {

namespace {
constexpr qint64 kChunk = 64 * 1024;

// Windows-1252 0x80-0x9F (0 = undefined).
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString tr(const char *text)
{
    return QCoreApplication::translate("hector::csv::CsvReader", text);
}

// Valid UTF-8, allowing a multi-byte sequence cut by the end of the sample.
bool isUtf8(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return true; // cut by the sample's end
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}
} // namespace

QString encodingLabel(Encoding encoding, bool byteOrderMark)
{
    if (encoding == Encoding::Windows1252)
        return QStringLiteral("Windows-1252");
    return byteOrderMark ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x80 && c <= 0x9F) {
            const char16_t u = kCp1252High[c - 0x80];
            d[i] = QChar(u ? u : char16_t(0xFFFD));
        } else {
            d[i] = QChar(char16_t(c));
        }
    }
    return out;
}

QChar detectDelimiter(const QString &text)
{
    // Count the candidates outside quotes, line by line (a quoted line break continues the line).
    const QList<QChar> candidates{u';', u'\t', u','};
    QList<QList<int>> counts(candidates.size());
    QList<int> current(candidates.size(), 0);
    bool inQuotes = false;
    int lines = 0;
    auto endLine = [&] {
        bool any = false;
        for (int c : current)
            any = any || c > 0;
        if (any || lines == 0) {
            for (qsizetype k = 0; k < candidates.size(); ++k)
                counts[k].append(current[k]);
        }
        current.fill(0);
        ++lines;
    };
    for (qsizetype i = 0; i < text.size() && lines < 50; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endLine();
        } else if (!inQuotes) {
            const qsizetype k = candidates.indexOf(c);
            if (k >= 0)
                ++current[k];
        }
    }
    if (current != QList<int>(candidates.size(), 0))
        endLine(); // a last line without line end (the sample may cut it: counted anyway)
    // Score: lines whose count equals the header's (> 0), then the header's count.
    qsizetype best = -1;
    int bestConsistent = -1;
    int bestFields = 0;
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        if (counts[k].isEmpty() || counts[k].first() == 0)
            continue;
        const int header = counts[k].first();
        int consistent = 0;
        for (int n : counts[k])
            consistent += n == header ? 1 : 0;
        if (consistent > bestConsistent || (consistent == bestConsistent && header > bestFields)) {
            best = k;
            bestConsistent = consistent;
            bestFields = header;
        }
    }
    return best < 0 ? QChar(u';') : candidates[best];
}

CsvFormat detectFormat(QByteArrayView sample)
{
    CsvFormat f;
    QByteArrayView body = sample;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        f.byteOrderMark = true;
        body = sample.sliced(3);
    } else if (!isUtf8(sample)) {
        f.encoding = Encoding::Windows1252;
    }
    const QString text = f.encoding == Encoding::Windows1252 ? decodeWindows1252(body)
                                                             : QString::fromUtf8(body);
    f.delimiter = detectDelimiter(text);
    return f;
}

CsvFormat detectFormat(QIODevice *device)
{
    return detectFormat(QByteArrayView(device->peek(kChunk)));
}

CsvReader::CsvReader(QIODevice *device, const CsvFormat &format)
    : m_device(device)
    , m_format(format)
{}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer.clear();
    m_pos = 0;
    while (m_buffer.isEmpty()) {
        const QByteArray bytes = m_device->read(kChunk);
        if (bytes.isEmpty()) {
            if (!m_device->atEnd())
                m_error = tr("Lecture du fichier impossible : %1").arg(m_device->errorString());
            m_atEnd = true;
            return false;
        }
        m_bytesRead += bytes.size();
        if (m_format.encoding == Encoding::Windows1252)
            m_buffer = decodeWindows1252(bytes);
        else
            m_buffer = m_utf8.decode(bytes); // skips the BOM; keeps a cut sequence for the next chunk
        if (m_first) {
            m_first = false;
            if (m_buffer.startsWith(QChar(0xFEFF)))
                m_pos = 1;
        }
    }
    return true;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    m_recordError.clear();
    const QChar delim = m_format.delimiter;
    QString field;
    enum class State { StartField, Unquoted, Quoted, QuoteInQuoted };
    State state = State::StartField;
    bool recordStarted = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of file.
            if (!recordStarted)
                return false;
            if (state == State::Quoted) {
                m_recordError = tr("Guillemet ouvert à la ligne %1 jamais refermé : la fin du fichier a été lue comme "
                                   "un seul champ.")
                                    .arg(m_recordLine);
            }
            fields.append(field);
            ++m_records;
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == u'\n')
                continue; // second half of a CRLF already counted
        }
        if (!recordStarted) {
            if (c == u'\n' || c == u'\r') { // empty line
                ++m_line;
                m_pendingCr = c == u'\r';
                continue;
            }
            recordStarted = true;
            m_recordLine = m_line;
        }
        switch (state) {
        case State::StartField:
            if (c == u'"') {
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == delim) {
                fields.append(field);
                field.clear();
                state = State::StartField;
            } else if (c == u'\n' || c == u'\r') {
                ++m_line;
                m_pendingCr = c == u'\r';
                fields.append(field);
                ++m_records;
                return true;
            } else {
                field.append(c);
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == u'\n' || (c == u'\r')) {
                    ++m_line;
                    if (c == u'\r') {
                        // CRLF inside quotes is one line break: keep it as LF.
                        if (m_pos >= m_buffer.size())
                            fill();
                        if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                            ++m_pos;
                        field.append(u'\n');
                        break;
                    }
                }
                field.append(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == u'"') { // doubled quote
                field.append(u'"');
                state = State::Quoted;
            } else if (c == delim) {
                fields.append(field);
                field.clear();
                state = State::StartField;
            } else if (c == u'\n' || c == u'\r') {
                ++m_line;
                m_pendingCr = c == u'\r';
                fields.append(field);
                ++m_records;
                return true;
            } else {
                // "abc"def: text after the closing quote is kept (lenient, as spreadsheets do).
                field.append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace hector::csv
