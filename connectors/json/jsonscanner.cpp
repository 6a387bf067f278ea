#include "connectors/json/jsonscanner.h"

#include <QDir>
#include <QFileInfo>

namespace miq {

namespace {

QString typePhrase(JsonType type)
{
    return JsonRecordScanner::tr("a JSON %1").arg(jsonTypeName(type));
}

} // namespace

JsonRecordScanner::JsonRecordScanner(QString path, QString sourceName, JsonScanOptions options)
    : m_path(std::move(path))
    , m_sourceName(std::move(sourceName))
    , m_options(std::move(options))
    , m_parser(m_input)
{
    m_parser.setFlattenDepth(m_options.flattenDepth);
}

QString JsonRecordScanner::describeFile() const
{
    const QString fileName = QFileInfo(m_path).fileName();
    if (m_sourceName.isEmpty())
        return tr("'%1'").arg(fileName);
    return tr("'%1' (source '%2')").arg(fileName, m_sourceName);
}

std::optional<QString> JsonRecordScanner::open()
{
    if (const std::optional<QString> cause = m_input.open(m_path))
        return openErrorMessage(m_path, m_sourceName, *cause);
    return std::nullopt;
}

QString JsonRecordScanner::openErrorMessage(const QString &path, const QString &sourceName, const QString &cause)
{
    // The full path here: when a file cannot be opened, where it was looked for matters.
    const QString nativePath = QDir::toNativeSeparators(path);
    if (sourceName.isEmpty())
        return tr("Cannot open '%1': %2").arg(nativePath, cause);
    return tr("Cannot open '%1' (source '%2'): %3").arg(nativePath, sourceName, cause);
}

std::optional<JsonScanPosition> JsonRecordScanner::position() const
{
    if (m_input.transcoded())
        return std::nullopt;
    JsonScanPosition at;
    switch (m_state) {
    case State::Start: return at;
    case State::ArrayNext: at.state = JsonScanPosition::State::InArray; break;
    case State::Lines: at.state = JsonScanPosition::State::Lines; break;
    case State::Objects: at.state = JsonScanPosition::State::Objects; break;
    case State::ArrayFirst: // only ever passed through within start()
    case State::Done: return std::nullopt; // no record was just returned
    }
    at.offset = m_input.bytesRead();
    at.line = m_input.line();
    at.column = m_input.column();
    at.recordNumber = m_recordNumber;
    return at;
}

bool JsonRecordScanner::resumeAt(const JsonScanPosition &at)
{
    if (at.state == JsonScanPosition::State::Start)
        return true;
    if (!m_input.seek(at.offset, at.line, at.column))
        return false;
    switch (at.state) {
    case JsonScanPosition::State::Start: break;
    case JsonScanPosition::State::InArray: m_state = State::ArrayNext; break;
    case JsonScanPosition::State::Lines: m_state = State::Lines; break;
    case JsonScanPosition::State::Objects: m_state = State::Objects; break;
    }
    m_recordNumber = at.recordNumber;
    return true;
}

QByteArray JsonRecordScanner::raw() const
{
    const std::string &bytes = m_input.capture();
    qsizetype size = qsizetype(bytes.size());
    if (size > 0 && bytes[std::size_t(size - 1)] == '\r')
        --size; // the line break of a CRLF file is not part of the record
    return QByteArray(bytes.data(), size);
}

JsonRecordScanner::Step JsonRecordScanner::next()
{
    switch (m_state) {
    case State::Start: return start();
    case State::ArrayFirst:
    case State::ArrayNext: return nextArrayElement();
    case State::Lines: return nextLine();
    case State::Objects: return nextObject();
    case State::Done: break;
    }
    return Step::End;
}

JsonRecordScanner::Step JsonRecordScanner::start()
{
    if (m_options.layout == JsonLayout::Lines) {
        m_state = State::Lines;
        return nextLine();
    }
    const int c = m_parser.skipWhitespace();
    if (c < 0)
        return end(); // an empty file holds no records, whatever its layout
    if (m_options.layout == JsonLayout::Objects) {
        m_state = State::Objects;
        return nextObject();
    }
    if (!m_options.recordsPath.isEmpty()) {
        if (c != '{') {
            m_parser.unexpected(tr("an object holding '%1'").arg(m_options.recordsPath.join(QLatin1Char('.'))));
            return syntaxError();
        }
        if (!findRecordsArray())
            return Step::Error;
    } else if (c != '[') {
        m_parser.unexpected(tr("'[' starting an array of records"));
        return syntaxError();
    }
    m_input.advance(); // '['
    m_state = State::ArrayFirst;
    return nextArrayElement();
}

// Walks down the records path key by key, skipping everything else without keeping it, and
// stops on the '[' of the records array.
bool JsonRecordScanner::findRecordsArray()
{
    const auto syntaxFailure = [this] {
        syntaxError();
        return false;
    };
    std::string key;
    for (qsizetype level = 0; level < m_options.recordsPath.size(); ++level) {
        const QByteArray wanted = m_options.recordsPath.at(level).toUtf8();
        const QString walked = m_options.recordsPath.mid(0, level + 1).join(QLatin1Char('.'));
        const bool last = level + 1 == m_options.recordsPath.size();
        m_input.advance(); // '{'
        int c = m_parser.skipWhitespace();
        bool found = false;
        while (!found && c != '}') {
            if (c != '"') {
                m_parser.unexpected(tr("a string key"));
                return syntaxFailure();
            }
            if (!m_parser.parseString(&key))
                return syntaxFailure();
            if (m_parser.skipWhitespace() != ':') {
                m_parser.unexpected(tr("':' after the key"));
                return syntaxFailure();
            }
            m_input.advance();
            c = m_parser.skipWhitespace();
            if (key == std::string_view(wanted.constData(), std::size_t(wanted.size()))) {
                if (c < 0 || !JsonParser::startsValue(c)) {
                    m_parser.unexpected(tr("a value"));
                    return syntaxFailure();
                }
                if (c != (last ? '[' : '{')) {
                    const QString what = typePhrase(JsonParser::typeOfValueStartingWith(c));
                    structureError(last ? tr("'%1' holds %2, not an array of records").arg(walked, what)
                                        : tr("'%1' holds %2, not an object").arg(walked, what));
                    return false;
                }
                found = true;
                break;
            }
            JsonType skipped = JsonType::Null;
            if (!m_parser.parseValue(skipped, nullptr))
                return syntaxFailure();
            c = m_parser.skipWhitespace();
            if (c == ',') {
                m_input.advance();
                c = m_parser.skipWhitespace();
            } else if (c != '}') {
                if (JsonParser::startsValue(c))
                    m_parser.fail(tr("missing comma"));
                else
                    m_parser.unexpected(tr("',' or '}'"));
                return syntaxFailure();
            }
        }
        if (!found) {
            structureError(tr("there is no '%1' in the file (check the records path)").arg(walked));
            return false;
        }
    }
    return true;
}

JsonRecordScanner::Step JsonRecordScanner::nextArrayElement()
{
    m_parser.setLineMode(false);
    int c = m_parser.skipWhitespace();
    if (c == ']') {
        m_input.advance();
        if (m_options.recordsPath.isEmpty()) {
            // Text after the array is a broken or concatenated file: its records would be lost.
            if (m_parser.skipWhitespace() >= 0) {
                m_parser.fail(tr("unexpected text after the end of the array"));
                return syntaxError();
            }
        }
        // With a records path the rest of the wrapper object is not records: no need to read it.
        return end();
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
    return parseOneRecord(false);
}

JsonRecordScanner::Step JsonRecordScanner::nextLine()
{
    m_parser.setLineMode(true);
    for (;;) {
        const int c = m_parser.skipWhitespace();
        if (c < 0)
            return end();
        if (c != '\n')
            return parseOneRecord(true);
        m_input.advance(); // blank lines separate nothing and are no records
    }
}

JsonRecordScanner::Step JsonRecordScanner::nextObject()
{
    m_parser.setLineMode(false);
    if (m_parser.skipWhitespace() < 0)
        return end();
    return parseOneRecord(false);
}

JsonRecordScanner::Step JsonRecordScanner::parseOneRecord(bool lineMode)
{
    ++m_recordNumber;
    m_recordLine = m_input.line();
    m_input.startCapture();
    const std::optional<JsonType> type = m_parser.parseRecord(m_record);
    if (!type) {
        if (!lineMode) {
            m_input.stopCapture();
            return syntaxError();
        }
        // NDJSON: the next line is the next record, so a bad line costs only itself.
        const JsonSyntaxError &e = m_parser.error();
        m_badReason = tr("%1 (column %2)").arg(e.message, QString::number(e.column));
        skipRestOfLine();
        return Step::BadRecord;
    }
    if (lineMode) {
        const int c = m_parser.skipWhitespace();
        if (c >= 0 && c != '\n') {
            m_badReason = tr("unexpected text after the record (column %1)").arg(m_input.column());
            skipRestOfLine();
            return Step::BadRecord;
        }
        skipRestOfLine();
    } else {
        m_input.stopCapture();
    }
    if (*type != JsonType::Object) {
        m_badReason = tr("expected a JSON object but found %1").arg(typePhrase(*type));
        return Step::BadRecord;
    }
    return Step::Record;
}

void JsonRecordScanner::skipRestOfLine()
{
    int c = m_input.peek();
    while (c >= 0 && c != '\n') {
        m_input.advance();
        c = m_input.peek();
    }
    m_input.stopCapture();
    if (c == '\n')
        m_input.advance();
}

JsonRecordScanner::Step JsonRecordScanner::syntaxError()
{
    m_state = State::Done;
    const JsonSyntaxError &e = m_parser.error();
    m_errorLine = e.line;
    if (e.kind == JsonSyntaxError::Kind::EndOfInput && !m_input.readError().isEmpty())
        m_errorMessage = tr("Cannot read %1: %2").arg(describeFile(), m_input.readError());
    else
        m_errorMessage = tr("Invalid JSON in %1 at line %2, column %3: %4")
                             .arg(describeFile(), QString::number(e.line), QString::number(e.column), e.message);
    return Step::Error;
}

JsonRecordScanner::Step JsonRecordScanner::structureError(const QString &cause)
{
    m_state = State::Done;
    m_errorLine = m_input.line();
    m_errorMessage = tr("Cannot read records from %1: %2").arg(describeFile(), cause);
    return Step::Error;
}

JsonRecordScanner::Step JsonRecordScanner::end()
{
    m_state = State::Done;
    if (m_input.readError().isEmpty())
        return Step::End;
    m_errorLine = m_input.line();
    m_errorMessage = tr("Cannot read %1: %2").arg(describeFile(), m_input.readError());
    return Step::Error;
}

} // namespace miq
