#include "connectors/json/jsonparser.h"

namespace miq {

namespace {

bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

QString jsonTypeName(JsonType type)
{
    // JSON's own vocabulary, not prose: not translated.
    switch (type) {
    case JsonType::Null: return QStringLiteral("null");
    case JsonType::Boolean: return QStringLiteral("boolean");
    case JsonType::Number: return QStringLiteral("number");
    case JsonType::String: return QStringLiteral("string");
    case JsonType::Object: return QStringLiteral("object");
    case JsonType::Array: return QStringLiteral("array");
    }
    return QString();
}

bool JsonParser::startsValue(int c)
{
    return c == '"' || c == '{' || c == '[' || c == '-' || isDigit(c) || c == 't' || c == 'f' || c == 'n';
}

JsonType JsonParser::typeOfValueStartingWith(int c)
{
    switch (c) {
    case '{': return JsonType::Object;
    case '[': return JsonType::Array;
    case '"': return JsonType::String;
    case 't':
    case 'f': return JsonType::Boolean;
    case 'n': return JsonType::Null;
    default: return JsonType::Number;
    }
}

int JsonParser::skipWhitespace()
{
    for (;;) {
        const int c = m_input.peek();
        if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !m_lineMode))
            m_input.advance();
        else
            return c;
    }
}

bool JsonParser::fail(const QString &message, JsonSyntaxError::Kind kind)
{
    m_error = {kind, message, m_input.line(), m_input.column()};
    return false;
}

bool JsonParser::unexpected(const QString &expected)
{
    const int c = m_input.peek();
    if (c < 0) {
        if (!m_input.readError().isEmpty())
            return fail(tr("the file could not be read further (%1)").arg(m_input.readError()),
                        JsonSyntaxError::Kind::EndOfInput);
        return fail(tr("unexpected end of file, expected %1").arg(expected), JsonSyntaxError::Kind::EndOfInput);
    }
    if (c == '\n' && m_lineMode)
        return fail(tr("unexpected end of line, expected %1").arg(expected), JsonSyntaxError::Kind::EndOfLine);
    QString found;
    if (c == '\n')
        found = tr("a line break");
    else if (c > 0x20 && c < 0x7F)
        found = QLatin1Char('\'') + QLatin1Char(char(c)) + QLatin1Char('\'');
    else if (c >= 0x80)
        found = tr("a non-ASCII character");
    else
        found = tr("the control character 0x%1").arg(c, 2, 16, QLatin1Char('0'));
    return fail(tr("expected %1 but found %2").arg(expected, found));
}

std::optional<JsonType> JsonParser::parseRecord(FlatRecord &record)
{
    record.count = 0;
    m_depth = 0;
    if (m_input.peek() == '{') {
        m_prefix.clear();
        if (!parseObjectInto(record, 0))
            return std::nullopt;
        return JsonType::Object;
    }
    JsonType type = JsonType::Null;
    if (!parseValue(type, nullptr))
        return std::nullopt;
    return type;
}

bool JsonParser::separatorOrEnd(char close, bool &more)
{
    const int c = skipWhitespace();
    if (c == ',' || c == close) {
        m_input.advance();
        more = c == ',';
        return true;
    }
    if (startsValue(c))
        return fail(tr("missing comma"));
    return unexpected(close == '}' ? tr("',' or '}'") : tr("',' or ']'"));
}

bool JsonParser::parseObjectInto(FlatRecord &record, int depth)
{
    if (++m_depth > MaxDepth)
        return fail(tr("values are nested more than %1 levels deep").arg(MaxDepth), JsonSyntaxError::Kind::TooDeep);
    m_input.advance(); // '{'
    int c = skipWhitespace();
    if (c == '}') {
        m_input.advance();
        --m_depth;
        return true;
    }
    for (;;) {
        if (c != '"')
            return unexpected(tr("a string key"));
        if (!parseStringImpl(&m_key, nullptr))
            return false;
        if (skipWhitespace() != ':')
            return unexpected(tr("':' after the key"));
        m_input.advance();
        c = skipWhitespace();
        const std::size_t prefixLength = m_prefix.size();
        m_prefix += m_key;
        if (c == '{' && depth < m_flattenDepth) {
            const std::size_t before = record.count;
            m_prefix += '.';
            if (!parseObjectInto(record, depth + 1))
                return false;
            if (record.count == before) {
                // An empty object yields no dotted column; keep it as "{}" so it is not mistaken
                // for a missing key.
                m_prefix.pop_back();
                JsonField &f = record.add();
                f.key = m_prefix;
                f.type = JsonType::Object;
                f.text = "{}";
            }
        } else {
            JsonField &f = record.add();
            f.key = m_prefix;
            if (!parseValue(f.type, &f.text))
                return false;
        }
        m_prefix.resize(prefixLength);
        bool more = false;
        if (!separatorOrEnd('}', more))
            return false;
        if (!more)
            break;
        c = skipWhitespace();
    }
    --m_depth;
    return true;
}

bool JsonParser::parseValue(JsonType &type, std::string *text)
{
    const int c = m_input.peek();
    switch (c) {
    case '"':
        type = JsonType::String;
        return parseStringImpl(text, nullptr);
    case '{':
        type = JsonType::Object;
        return parseContainer(text);
    case '[':
        type = JsonType::Array;
        return parseContainer(text);
    case 't':
        type = JsonType::Boolean;
        return parseLiteral("true", text);
    case 'f':
        type = JsonType::Boolean;
        return parseLiteral("false", text);
    case 'n':
        type = JsonType::Null;
        return parseLiteral("null", nullptr); // a null cell has no text
    default:
        if (c == '-' || isDigit(c)) {
            type = JsonType::Number;
            return parseNumber(text);
        }
        return unexpected(tr("a value"));
    }
}

bool JsonParser::parseString(std::string *text)
{
    return parseStringImpl(text, nullptr);
}

bool JsonParser::parseContainer(std::string *compact)
{
    if (++m_depth > MaxDepth)
        return fail(tr("values are nested more than %1 levels deep").arg(MaxDepth), JsonSyntaxError::Kind::TooDeep);
    const char open = char(m_input.peek());
    const char close = open == '{' ? '}' : ']';
    m_input.advance();
    if (compact)
        compact->push_back(open);
    int c = skipWhitespace();
    if (c == close) {
        m_input.advance();
        if (compact)
            compact->push_back(close);
        --m_depth;
        return true;
    }
    for (;;) {
        if (open == '{') {
            if (c != '"')
                return unexpected(tr("a string key"));
            if (!parseStringImpl(nullptr, compact))
                return false;
            if (skipWhitespace() != ':')
                return unexpected(tr("':' after the key"));
            m_input.advance();
            if (compact)
                compact->push_back(':');
            c = skipWhitespace();
        }
        // Strings inside kept-as-text values stay escaped as written so the text remains JSON.
        bool ok = false;
        if (c == '"') {
            ok = parseStringImpl(nullptr, compact);
        } else if (c == 'n') {
            ok = parseLiteral("null", compact);
        } else {
            JsonType type = JsonType::Null;
            ok = parseValue(type, compact);
        }
        if (!ok)
            return false;
        bool more = false;
        if (!separatorOrEnd(close, more))
            return false;
        if (compact)
            compact->push_back(more ? ',' : close);
        if (!more)
            break;
        c = skipWhitespace();
    }
    --m_depth;
    return true;
}

bool JsonParser::parseHex4(unsigned &codeUnit, std::string *raw)
{
    codeUnit = 0;
    for (int i = 0; i < 4; ++i) {
        const int c = m_input.peek();
        unsigned digit = 0;
        if (isDigit(c))
            digit = unsigned(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            digit = unsigned(c - 'A' + 10);
        else
            return unexpected(tr("four hex digits after \\u"));
        codeUnit = codeUnit << 4 | digit;
        if (raw)
            raw->push_back(char(c));
        m_input.advance();
    }
    return true;
}

// `text` receives the unescaped UTF-8 value, `raw` the escaped JSON form between the quotes
// (with the quotes); either may be null.
bool JsonParser::parseStringImpl(std::string *text, std::string *raw)
{
    if (text)
        text->clear();
    m_input.advance(); // '"'
    if (raw)
        raw->push_back('"');
    // A high surrogate waits for its low half; alone it becomes U+FFFD, as QString does.
    unsigned pendingHigh = 0;
    const auto flushHigh = [&] {
        if (pendingHigh && text)
            appendUtf8(*text, 0xFFFD);
        pendingHigh = 0;
    };
    for (;;) {
        const std::string_view run = m_input.takePlainRun();
        if (!run.empty()) {
            flushHigh();
            if (text)
                text->append(run);
            if (raw)
                raw->append(run);
        }
        const int c = m_input.peek();
        if (c >= 0x20 && c != '"' && c != '\\')
            continue; // the run stopped at the end of the buffer, not at a special byte
        if (c == '"') {
            flushHigh();
            m_input.advance();
            if (raw)
                raw->push_back('"');
            return true;
        }
        if (c == '\\') {
            m_input.advance();
            const int e = m_input.peek();
            if (e == 'u') {
                m_input.advance();
                if (raw)
                    raw->append("\\u");
                unsigned cu = 0;
                if (!parseHex4(cu, raw))
                    return false;
                if (cu >= 0xDC00 && cu <= 0xDFFF && pendingHigh) {
                    if (text)
                        appendUtf8(*text, 0x10000 + ((pendingHigh - 0xD800) << 10) + (cu - 0xDC00));
                    pendingHigh = 0;
                    continue;
                }
                flushHigh();
                if (cu >= 0xD800 && cu <= 0xDBFF)
                    pendingHigh = cu;
                else if (text)
                    appendUtf8(*text, cu >= 0xDC00 && cu <= 0xDFFF ? 0xFFFD : cu);
                continue;
            }
            char decoded = 0;
            switch (e) {
            case '"': decoded = '"'; break;
            case '\\': decoded = '\\'; break;
            case '/': decoded = '/'; break;
            case 'b': decoded = '\b'; break;
            case 'f': decoded = '\f'; break;
            case 'n': decoded = '\n'; break;
            case 'r': decoded = '\r'; break;
            case 't': decoded = '\t'; break;
            default: return unexpected(tr("an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u)"));
            }
            flushHigh();
            m_input.advance();
            if (text)
                text->push_back(decoded);
            if (raw) {
                raw->push_back('\\');
                raw->push_back(char(e));
            }
            continue;
        }
        if (c == '\t') {
            // Strictly JSON wants "\t", but raw tabs are common in exported data and unambiguous.
            flushHigh();
            m_input.advance();
            if (text)
                text->push_back('\t');
            if (raw)
                raw->append("\\t");
            continue;
        }
        if (c < 0 || (c == '\n' && m_lineMode))
            return unexpected(tr("the closing quote of the string"));
        if (c == '\n')
            return fail(tr("line break inside a string (is a closing quote missing?)"));
        return fail(tr("control character 0x%1 inside a string must be escaped").arg(c, 2, 16, QLatin1Char('0')));
    }
}

bool JsonParser::parseNumber(std::string *text)
{
    int c = m_input.peek();
    const auto take = [&] {
        if (text)
            text->push_back(char(c));
        m_input.advance();
        c = m_input.peek();
    };
    const auto takeDigits = [&] {
        while (isDigit(c))
            take();
    };
    if (c == '-')
        take();
    if (c == '0') {
        take();
        if (isDigit(c))
            return fail(tr("numbers must not have leading zeros"));
    } else if (isDigit(c)) {
        takeDigits();
    } else {
        return unexpected(tr("a digit"));
    }
    if (c == '.') {
        take();
        if (!isDigit(c))
            return unexpected(tr("a digit after the decimal point"));
        takeDigits();
    }
    if (c == 'e' || c == 'E') {
        take();
        if (c == '+' || c == '-')
            take();
        if (!isDigit(c))
            return unexpected(tr("a digit in the exponent"));
        takeDigits();
    }
    return true;
}

bool JsonParser::parseLiteral(const char *literal, std::string *text)
{
    for (const char *p = literal; *p; ++p) {
        if (m_input.peek() != *p)
            return unexpected(QLatin1Char('\'') + QLatin1String(literal) + QLatin1Char('\''));
        m_input.advance();
    }
    if (text)
        text->append(literal);
    return true;
}

} // namespace miq
