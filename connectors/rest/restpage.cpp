#include "connectors/rest/restpage.h"

namespace miq {

namespace {

constexpr int QuoteCharacters = 80;

QString typePhrase(JsonType type)
{
    return RestPage::tr("a JSON %1").arg(jsonTypeName(type));
}

QString syntaxCause(const JsonParser &parser, const JsonInput &input)
{
    const JsonSyntaxError &e = parser.error();
    return RestPage::tr("invalid JSON at line %1, column %2 (byte offset %3): %4")
        .arg(QString::number(e.line), QString::number(e.column), QString::number(input.bytesRead()), e.message);
}

enum class Walk { Found, Missing, WrongType, Syntax };

// Walks from the top-level value down `path`, key by key, skipping everything else without
// keeping it; on Found the input is at the first byte of the value at the path.
Walk walkTo(JsonParser &parser, JsonInput &input, const QStringList &path, QString &walked, int &c)
{
    std::string key;
    const auto syntax = [&](const QString &expected) {
        parser.unexpected(expected);
        return Walk::Syntax;
    };
    c = parser.skipWhitespace();
    for (qsizetype level = 0; level < path.size(); ++level) {
        walked = path.mid(0, level).join(QLatin1Char('.'));
        if (c != '{')
            return c < 0 || !JsonParser::startsValue(c) ? syntax(RestPage::tr("a JSON object")) : Walk::WrongType;
        const QByteArray wanted = path.at(level).toUtf8();
        input.advance(); // '{'
        c = parser.skipWhitespace();
        bool found = false;
        while (!found && c != '}') {
            if (c != '"')
                return syntax(RestPage::tr("a string key"));
            if (!parser.parseString(&key))
                return Walk::Syntax;
            if (parser.skipWhitespace() != ':')
                return syntax(RestPage::tr("':' after the key"));
            input.advance();
            c = parser.skipWhitespace();
            if (key == std::string_view(wanted.constData(), std::size_t(wanted.size()))) {
                found = true;
                break;
            }
            JsonType skipped = JsonType::Null;
            if (!parser.parseValue(skipped, nullptr))
                return Walk::Syntax;
            c = parser.skipWhitespace();
            if (c == ',') {
                input.advance();
                c = parser.skipWhitespace();
            } else if (c != '}') {
                if (JsonParser::startsValue(c))
                    parser.fail(RestPage::tr("missing comma"));
                else
                    parser.unexpected(RestPage::tr("',' or '}'"));
                return Walk::Syntax;
            }
        }
        if (!found) {
            walked = path.mid(0, level + 1).join(QLatin1Char('.'));
            return Walk::Missing;
        }
    }
    walked = path.join(QLatin1Char('.'));
    if (c < 0 || !JsonParser::startsValue(c))
        return syntax(RestPage::tr("a value"));
    return Walk::Found;
}

} // namespace

RestPage::RestPage(const QByteArray &body, const QByteArray &contentType, const QStringList &recordsPath,
                   int flattenDepth)
    : m_body(body)
    , m_contentType(contentType)
    , m_recordsPath(recordsPath)
    , m_parser(m_input)
{
    m_input.openBytes(m_body);
    m_parser.setFlattenDepth(flattenDepth);
}

QString RestPage::notJsonCause(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    const char first = trimmed.isEmpty() ? '\0' : trimmed.front();
    if (trimmed.isEmpty() || first == '{' || first == '[')
        return QString();
    const bool html = contentType.contains("html") || first == '<';
    if (!html && JsonParser::startsValue(static_cast<unsigned char>(first)))
        return QString(); // a JSON scalar: the parser says what it is
    const QString type = contentType.isEmpty() ? tr("none") : QString::fromLatin1(contentType);
    QString quote = QString::fromUtf8(trimmed.left(QuoteCharacters * 4)).simplified();
    if (quote.size() > QuoteCharacters)
        quote = quote.left(QuoteCharacters) + QStringLiteral("…");
    if (html)
        return tr("the server sent HTML, not JSON (content type '%1'): \"%2\"").arg(type, quote);
    return tr("the response is not JSON (content type '%1'): \"%2\"").arg(type, quote);
}

std::optional<QString> RestPage::valueAt(const QByteArray &body, const QStringList &path, QString *error)
{
    if (body.trimmed().isEmpty())
        return std::nullopt;
    JsonInput input;
    input.openBytes(body);
    JsonParser parser(input);
    QString walked;
    int c = 0;
    switch (walkTo(parser, input, path, walked, c)) {
    case Walk::Found: break;
    case Walk::Missing: return std::nullopt;
    case Walk::WrongType:
        *error = tr("'%1' holds %2, not an object").arg(walked.isEmpty() ? tr("the response") : walked,
                                                        typePhrase(JsonParser::typeOfValueStartingWith(c)));
        return std::nullopt;
    case Walk::Syntax: *error = syntaxCause(parser, input); return std::nullopt;
    }
    JsonType type = JsonType::Null;
    std::string text;
    if (!parser.parseValue(type, &text)) {
        *error = syntaxCause(parser, input);
        return std::nullopt;
    }
    switch (type) {
    case JsonType::Null: return std::nullopt;
    case JsonType::String:
    case JsonType::Number:
        if (text.empty())
            return std::nullopt;
        return QString::fromStdString(text);
    case JsonType::Boolean:
    case JsonType::Object:
    case JsonType::Array: break;
    }
    *error = tr("'%1' holds %2, not a text or a number").arg(walked, typePhrase(type));
    return std::nullopt;
}

QByteArray RestPage::raw() const
{
    const std::string &bytes = m_input.capture();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

RestPage::Step RestPage::next()
{
    switch (m_state) {
    case State::Start: return start();
    case State::ArrayFirst:
    case State::ArrayNext: return nextElement();
    case State::SingleObject: m_state = State::Done; return parseOne();
    case State::Done: break;
    }
    return Step::End;
}

RestPage::Step RestPage::start()
{
    if (const QString cause = notJsonCause(m_body, m_contentType); !cause.isEmpty())
        return structureError(cause);
    if (m_parser.skipWhitespace() < 0) {
        m_state = State::Done; // an empty body (HTTP 204, or 200 with nothing) holds no records
        return Step::End;
    }
    QString walked;
    int c = 0;
    switch (walkTo(m_parser, m_input, m_recordsPath, walked, c)) {
    case Walk::Found: break;
    case Walk::Missing:
        return structureError(tr("there is no '%1' in the response (check the records path)").arg(walked));
    case Walk::WrongType:
        return structureError(tr("'%1' holds %2, not an object")
                                  .arg(walked.isEmpty() ? tr("the response") : walked,
                                       typePhrase(JsonParser::typeOfValueStartingWith(c))));
    case Walk::Syntax: return syntaxError();
    }
    if (c == '[') {
        m_input.advance();
        m_state = State::ArrayFirst;
        return nextElement();
    }
    const JsonType type = JsonParser::typeOfValueStartingWith(c);
    if (!m_recordsPath.isEmpty()) {
        if (type == JsonType::Null) {
            m_state = State::Done;
            return Step::End;
        }
        return structureError(tr("'%1' holds %2, not an array of records").arg(walked, typePhrase(type)));
    }
    if (type != JsonType::Object)
        return structureError(tr("the response is %1, not an array or an object of records").arg(typePhrase(type)));
    m_state = State::Done;
    return parseOne();
}

RestPage::Step RestPage::nextElement()
{
    int c = m_parser.skipWhitespace();
    if (c == ']') {
        m_input.advance();
        if (m_recordsPath.isEmpty() && m_parser.skipWhitespace() >= 0) {
            m_parser.fail(tr("unexpected text after the end of the array"));
            return syntaxError();
        }
        m_state = State::Done;
        return Step::End;
    }
    if (m_state == State::ArrayNext) {
        if (c != ',') {
            if (JsonParser::startsValue(c))
                m_parser.fail(tr("missing comma"));
            else
                m_parser.unexpected(tr("',' or ']'"));
            return syntaxError();
        }
        m_input.advance();
        m_parser.skipWhitespace();
    }
    m_state = State::ArrayNext;
    return parseOne();
}

RestPage::Step RestPage::parseOne()
{
    m_input.startCapture();
    const std::optional<JsonType> type = m_parser.parseRecord(m_record);
    m_input.stopCapture();
    if (!type)
        return syntaxError();
    if (*type != JsonType::Object) {
        m_badReason = tr("expected a JSON object but found %1").arg(typePhrase(*type));
        return Step::BadRecord;
    }
    return Step::Record;
}

RestPage::Step RestPage::syntaxError()
{
    m_state = State::Done;
    m_errorCause = syntaxCause(m_parser, m_input);
    return Step::Error;
}

RestPage::Step RestPage::structureError(const QString &cause)
{
    m_state = State::Done;
    m_errorCause = cause;
    return Step::Error;
}

} // namespace miq
