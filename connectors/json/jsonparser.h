#pragma once

#include "connectors/json/jsoninput.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace miq {

enum class JsonType : std::uint8_t { Null, Boolean, Number, String, Object, Array };

// The JSON name of a type ("number", "object", ...), as shown for a column's native type.
QString jsonTypeName(JsonType type);

// One flattened member of a record: a dotted key and the value as text (scalars as written,
// strings unescaped to UTF-8, arrays and unflattened objects as compact JSON).
struct JsonField
{
    std::string key;
    JsonType type = JsonType::Null;
    std::string text;
};

// A record flattened to fields. The vectors and strings are reused from record to record so
// that reading a file does not allocate per record once it is warm.
struct FlatRecord
{
    std::vector<JsonField> fields; // only the first `count` are valid
    std::size_t count = 0;

    JsonField &add()
    {
        if (count == fields.size())
            fields.emplace_back();
        JsonField &f = fields[count++];
        f.text.clear();
        return f;
    }
};

struct JsonSyntaxError
{
    enum class Kind {
        Syntax,     // malformed JSON
        EndOfLine,  // NDJSON: the line ended inside the record
        EndOfInput, // the file ended inside a value
        TooDeep,    // nesting beyond MaxDepth
    };
    Kind kind = Kind::Syntax;
    QString message; // translated, without position
    qint64 line = 0;
    qint64 column = 0;
};

// A recursive-descent JSON parser that pulls bytes from a JsonInput, so a value of any size is
// parsed without holding the file in memory. It parses one value at a time; the record scanner
// decides what the values mean (array elements, NDJSON lines, ...).
class JsonParser
{
    Q_DECLARE_TR_FUNCTIONS(miq::JsonParser)

public:
    // Recursion is bounded so a hostile file ("[[[[...") cannot overflow the stack, including the
    // small stacks of pool threads.
    static constexpr int MaxDepth = 512;

    explicit JsonParser(JsonInput &input) : m_input(input) {}

    // In line mode (NDJSON) a line break ends the record: one inside a value is an error.
    void setLineMode(bool on) { m_lineMode = on; }
    // How many levels of nested objects become dotted columns; deeper ones stay JSON text.
    void setFlattenDepth(int depth) { m_flattenDepth = depth; }

    // Skips whitespace (not line breaks in line mode) and returns the next byte, -1 at the end.
    int skipWhitespace();

    // Parses one value. An object is flattened into `record`; any other value is consumed and
    // only its type returned. Returns nullopt on a syntax error (see error()).
    std::optional<JsonType> parseRecord(FlatRecord &record);
    // Parses one value; `text`, when given, receives it as a record field would hold it.
    bool parseValue(JsonType &type, std::string *text);
    // Parses a string at its opening quote into `text` (unescaped).
    bool parseString(std::string *text);

    // Records an error at the current position: "expected X but found 'y'" or end of line/file.
    bool unexpected(const QString &expected);
    bool fail(const QString &message, JsonSyntaxError::Kind kind = JsonSyntaxError::Kind::Syntax);
    const JsonSyntaxError &error() const { return m_error; }

    // The type a value starting with byte `c` has, for messages that describe what was found.
    static JsonType typeOfValueStartingWith(int c);
    // Whether byte `c` can start a value: where a ',' was due, that means a missing comma.
    static bool startsValue(int c);

private:
    bool parseObjectInto(FlatRecord &record, int depth);
    bool parseContainer(std::string *compact); // an object or array as compact JSON text
    bool parseStringImpl(std::string *text, std::string *raw);
    bool parseNumber(std::string *text);
    bool parseLiteral(const char *literal, std::string *text);
    bool parseHex4(unsigned &codeUnit, std::string *raw);
    bool separatorOrEnd(char close, bool &more);

    JsonInput &m_input;
    JsonSyntaxError m_error;
    std::string m_prefix; // dotted key of the object being flattened
    std::string m_key;
    bool m_lineMode = false;
    int m_flattenDepth = 8;
    int m_depth = 0;
};

} // namespace miq
