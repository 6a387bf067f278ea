#include "connectors/dest/ndjsondestination.h"

#include "connectors/dest/canonicaltext.h"
#include "connectors/dest/filereadback.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

constexpr int maxRawBytes = 4096;

// Length of the valid UTF-8 sequence at text[i] (a byte >= 0x80), 0 when invalid: overlong
// forms, surrogates and code points above U+10FFFF are rejected like JSON parsers do.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) {
        return static_cast<unsigned char>(text[k]);
    };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    return length;
}

// Appends `text` as a JSON string; false when it is not valid UTF-8.
bool appendJsonString(std::string &out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t length = utf8SequenceLength(text, i);
            if (length == 0)
                return false;
            i += length;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        out.append(text.substr(start, i - start));
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default: {
            const char escape[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escape, 6);
        }
        }
        start = ++i;
    }
    out.append(text.substr(start));
    out.push_back('"');
    return true;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | cp >> 6));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | cp >> 12));
        out.push_back(char(0x80 | (cp >> 6 & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | cp >> 18));
        out.push_back(char(0x80 | (cp >> 12 & 0x3F)));
        out.push_back(char(0x80 | (cp >> 6 & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// One NDJSON line per record: an object of scalar values. Hand-written rather than QJsonDocument
// so that 64-bit integers and decimals keep their exact text and no QString is made per value.
class NdjsonReadBack final : public FileReadBack
{
    Q_DECLARE_TR_FUNCTIONS(NdjsonReadBack)

public:
    NdjsonReadBack(QString path, const TargetSpec &spec, const ReadOptions &options)
        : FileReadBack(std::move(path), spec, options)
        , m_strings(std::size_t(spec.columns.size()))
    {
        for (const TargetColumn &column : spec.columns)
            m_names.push_back(column.name.toStdString());
    }

    using FileReadBack::open;

protected:
    Result<Record> readRecord() override
    {
        for (;;) {
            m_text.clear();
            if (!readLine(m_text))
                return Record::End;
            ++m_line;
            if (m_text.find_first_not_of(" \t\r") != std::string::npos)
                break; // blank lines are not records
        }
        badRecord().line = m_line;
        if (parseObject())
            return Record::Row;
        if (badRecord().reason.isEmpty())
            badRecord().reason = tr("not a JSON object of values at offset %1").arg(m_pos);
        badRecord().raw =
            QByteArray(m_text.data(), qsizetype(std::min<std::size_t>(m_text.size(), maxRawBytes)));
        return Record::Bad;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    bool literal(std::string_view word)
    {
        if (m_text.compare(m_pos, word.size(), word) != 0)
            return false;
        m_pos += word.size();
        return true;
    }

    int hexDigits4()
    {
        if (m_pos + 4 > m_text.size())
            return -1;
        int value = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = m_text[m_pos++];
            value <<= 4;
            if (h >= '0' && h <= '9')
                value |= h - '0';
            else if ((h | 0x20) >= 'a' && (h | 0x20) <= 'f')
                value |= (h | 0x20) - 'a' + 10;
            else
                return -1;
        }
        return value;
    }

    // Unescapes the string at m_pos (on its opening quote) into `out`.
    bool parseString(std::string &out)
    {
        out.clear();
        ++m_pos;
        for (;;) {
            const std::size_t stop = m_text.find_first_of("\"\\", m_pos);
            if (stop == std::string::npos)
                return false;
            for (std::size_t k = m_pos; k < stop; ++k)
                if (static_cast<unsigned char>(m_text[k]) < 0x20)
                    return false;
            out.append(m_text, m_pos, stop - m_pos);
            m_pos = stop + 1;
            if (m_text[stop] == '"')
                return true;
            if (m_pos >= m_text.size())
                return false;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '/': out.push_back('/'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'u': {
                int cp = hexDigits4();
                if (cp < 0)
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) { // a surrogate pair encodes one code point
                    if (!literal("\\u"))
                        return false;
                    const int low = hexDigits4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                appendUtf8(out, char32_t(cp));
                break;
            }
            default: return false;
            }
        }
    }

    int columnOf(std::size_t position)
    {
        if (position < m_names.size() && m_names[position] == m_key)
            return int(position); // the usual case: our own key order
        for (std::size_t c = 0; c < m_names.size(); ++c)
            if (m_names[c] == m_key)
                return int(c);
        return -1;
    }

    bool parseObject()
    {
        m_pos = 0;
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos++] != '{')
            return false;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            skipSpace();
            return m_pos == m_text.size();
        }
        for (std::size_t position = 0;; ++position) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"' || !parseString(m_key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos++] != ':')
                return false;
            skipSpace();
            if (m_pos >= m_text.size())
                return false;
            const int column = columnOf(position);
            if (!parseValue(column))
                return false;
            skipSpace();
            if (m_pos >= m_text.size())
                return false;
            const char c = m_text[m_pos++];
            if (c == '}')
                break;
            if (c != ',')
                return false;
        }
        skipSpace();
        return m_pos == m_text.size();
    }

    // Skips the object or array at m_pos (brackets balanced, strings respected).
    bool skipNested()
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                if (!parseString(m_key))
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

    // The value at m_pos into cells()[column] (skipped when column < 0).
    bool parseValue(int column)
    {
        const char c = m_text[m_pos];
        std::string_view text;
        if (c == '"') {
            std::string &buffer = column >= 0 ? m_strings[std::size_t(column)] : m_key;
            if (!parseString(buffer))
                return false;
            text = buffer;
        } else if (c == 'n') {
            if (!literal("null"))
                return false;
            if (column >= 0)
                cells()[std::size_t(column)].kind = canonical::Cell::Kind::Null;
            return true;
        } else if (c == 't' || c == 'f') {
            text = c == 't' ? "true" : "false";
            if (!literal(text))
                return false;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const std::size_t start = m_pos;
            while (m_pos < m_text.size()
                   && std::string_view("+-.eE0123456789").find(m_text[m_pos]) != std::string_view::npos)
                ++m_pos;
            text = std::string_view(m_text).substr(start, m_pos - start);
            if (!canonical::isDecimalText(text) || text[0] == '+')
                return false;
        } else if (column < 0 && (c == '{' || c == '[')) {
            return skipNested(); // a key the target does not have: its value does not matter
        } else {
            if (column >= 0 && (c == '{' || c == '[')) {
                badRecord().column = spec().columns[column].name;
                badRecord().reason = tr("a nested JSON value where a single value was expected");
            }
            return false;
        }
        return column < 0 || parseInto(column, text);
    }

    std::vector<std::string> m_names;
    std::vector<std::string> m_strings; // unescaped string values, per column
    std::string m_text;
    std::string m_key;
    std::size_t m_pos = 0;
    qint64 m_line = 0;
};

} // namespace

NdjsonDestination::NdjsonDestination(QString path)
    : FileDestination(std::move(path))
{}

QString NdjsonDestination::formatName() const
{
    return u"NDJSON"_s;
}

void NdjsonDestination::prepare()
{
    m_keyPrefixes.clear();
    for (qsizetype c = 0; c < spec().columns.size(); ++c) {
        std::string prefix(c == 0 ? "{" : ",");
        appendJsonString(prefix, spec().columns[c].name.toStdString());
        prefix.push_back(':');
        m_keyPrefixes.push_back(std::move(prefix));
    }
}

QString NdjsonDestination::ddl(const TargetSpec &spec) const
{
    QStringList members;
    for (const TargetColumn &column : spec.columns) {
        std::string key;
        appendJsonString(key, column.name.toStdString());
        QString shape;
        if (column.type == ColumnType::Bool)
            shape = u"true|false"_s;
        else if (column.type == ColumnType::Int64 || column.type == ColumnType::Double)
            shape = u'<' + columnTypeName(column.type) + u'>';
        else
            shape = u"\"<"_s + columnTypeName(column.type) + u">\""_s;
        members.append(QString::fromStdString(key) + u": "_s + shape
                       + (column.nullable ? u"|null"_s : QString()));
    }
    return u'{' + members.join(u", "_s) + u'}';
}

void NdjsonDestination::appendPreamble(std::string &) const {}

Status NdjsonDestination::checkAppendable() const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot append to '%1': %2").arg(targetName(), file.errorString()));
    QByteArray line;
    while (!file.atEnd() && line.trimmed().isEmpty())
        line = file.readLine(64 * 1024 * 1024);
    if (line.trimmed().isEmpty())
        return {}; // only blank lines: nothing to be compatible with
    QJsonParseError parseError;
    const QJsonDocument first = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !first.isObject())
        return Error(tr("Cannot append to '%1': its first line is not a JSON object, so it is not an NDJSON "
                        "file of records.")
                         .arg(targetName()));
    const QStringList keys = first.object().keys();
    QStringList expected;
    for (const TargetColumn &column : spec().columns)
        expected.append(column.name);
    const QSet<QString> have(keys.cbegin(), keys.cend());
    const QSet<QString> want(expected.cbegin(), expected.cend());
    if (have == want)
        return {};
    QStringList missing = QSet<QString>(want).subtract(have).values();
    QStringList extra = QSet<QString>(have).subtract(want).values();
    missing.sort();
    extra.sort();
    QStringList problems;
    if (!missing.isEmpty())
        problems.append(tr("missing %1").arg(missing.join(u", "_s)));
    if (!extra.isEmpty())
        problems.append(tr("not in the target: %1").arg(extra.join(u", "_s)));
    return Error(tr("Cannot append to '%1': its records do not have the target's columns as keys (%2).")
                     .arg(targetName(), problems.join(u"; "_s)));
}

Status NdjsonDestination::appendRows(const RecordBatch &batch, std::string &out)
{
    const std::size_t columnCount = batch.columns.size();
    char buffer[canonical::maxTimestampChars];
    for (std::int64_t r = 0; r < batch.rowCount; ++r) {
        for (std::size_t c = 0; c < columnCount; ++c) {
            out.append(m_keyPrefixes[c]);
            const Column &column = batch.columns[c];
            if (column.isNull(r)) {
                out.append("null");
                continue;
            }
            char *end = buffer;
            bool quoted = false;
            switch (column.type()) {
            case ColumnType::String:
            case ColumnType::Decimal:
                if (!appendJsonString(out, column.text(r)))
                    return writeError(tr("record %1, column '%2': the text is not valid UTF-8, which JSON "
                                         "cannot hold.")
                                          .arg(batch.recordNumber(r) + 1)
                                          .arg(spec().columns[qsizetype(c)].name));
                continue;
            case ColumnType::Bytes:
                out.push_back('"');
                canonical::appendBase64(out, column.text(r));
                out.push_back('"');
                continue;
            case ColumnType::Bool: out.append(column.intValue(r) ? "true" : "false"); continue;
            case ColumnType::Int64:
                end = std::to_chars(buffer, buffer + sizeof buffer, column.intValue(r)).ptr;
                break;
            case ColumnType::Double:
                end = canonical::formatDouble(buffer, column.doubleValue(r));
                quoted = !std::isfinite(column.doubleValue(r));
                break;
            case ColumnType::Date:
                end = canonical::formatDate(buffer, column.intValue(r));
                quoted = true;
                break;
            case ColumnType::Timestamp:
                end = canonical::formatTimestamp(buffer, column.intValue(r), 'T', true);
                quoted = true;
                break;
            }
            if (!end)
                return writeError(tr("record %1, column '%2': the value is out of range.")
                                      .arg(batch.recordNumber(r) + 1)
                                      .arg(spec().columns[qsizetype(c)].name));
            if (quoted)
                out.push_back('"');
            out.append(buffer, std::size_t(end - buffer));
            if (quoted)
                out.push_back('"');
        }
        out.append("}\n");
    }
    return {};
}

Result<std::unique_ptr<StreamReader>> NdjsonDestination::readBack(const ReadOptions &options)
{
    if (Status readable = checkReadable(); !readable)
        return Error(readable.error());
    if (!options.resumeFrom.isEmpty())
        return Error(tr("Reading '%1' back cannot resume from a position.").arg(targetName()));
    auto reader = std::make_unique<NdjsonReadBack>(path(), spec(), options);
    if (Status opened = reader->open(); !opened)
        return Error(opened.error());
    return std::unique_ptr<StreamReader>(std::move(reader));
}

} // namespace miq
