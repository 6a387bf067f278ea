#include "connectors/sql/mariadbtypes.h"

#include "connectors/dest/canonicaltext.h"

#include <mysql.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

constexpr unsigned int binaryCharset = 63; // the "binary" character set of blobs and varbinary

// The number in "bit(12)", "tinyint(1)"; 0 when none.
int displayWidth(const QString &columnType)
{
    const qsizetype open = columnType.indexOf(u'(');
    const qsizetype close = columnType.indexOf(u')', open);
    if (open < 0 || close < 0)
        return 0;
    return columnType.mid(open + 1, close - open - 1).toInt();
}

MariaDbColumn make(const QString &name, const QString &nativeType, ColumnType type, MariaDbDecode decode)
{
    MariaDbColumn c;
    c.info.name = name;
    c.info.nativeType = nativeType;
    c.info.type = type;
    c.decode = decode;
    return c;
}

} // namespace

MariaDbColumn mariaDbColumn(const QString &name, const QString &dataType, const QString &columnType)
{
    const QString t = dataType.toLower();
    const bool isUnsigned = columnType.contains(u"unsigned"_s, Qt::CaseInsensitive);
    if (t == u"tinyint"_s && displayWidth(columnType) == 1)
        return make(name, columnType, ColumnType::Bool, MariaDbDecode::Bool);
    if (t == u"bigint"_s && isUnsigned)
        return make(name, columnType, ColumnType::Decimal, MariaDbDecode::Unsigned);
    if (t == u"tinyint"_s || t == u"smallint"_s || t == u"mediumint"_s || t == u"int"_s ||
        t == u"integer"_s || t == u"bigint"_s || t == u"year"_s)
        return make(name, columnType, ColumnType::Int64, MariaDbDecode::Int);
    if (t == u"bit"_s) {
        const int bits = std::max(1, displayWidth(columnType));
        if (bits == 1)
            return make(name, columnType, ColumnType::Bool, MariaDbDecode::BitBool);
        return make(name, columnType, bits < 64 ? ColumnType::Int64 : ColumnType::Decimal,
                    MariaDbDecode::Bit);
    }
    if (t == u"decimal"_s || t == u"numeric"_s)
        return make(name, columnType, ColumnType::Decimal, MariaDbDecode::Decimal);
    if (t == u"float"_s || t == u"double"_s || t == u"real"_s)
        return make(name, columnType, ColumnType::Double, MariaDbDecode::Double);
    if (t == u"date"_s)
        return make(name, columnType, ColumnType::Date, MariaDbDecode::Date);
    if (t == u"datetime"_s || t == u"timestamp"_s)
        return make(name, columnType, ColumnType::Timestamp, MariaDbDecode::Timestamp);
    static const QStringList binaryTypes = {
        u"binary"_s,       u"varbinary"_s,         u"tinyblob"_s,   u"blob"_s,
        u"mediumblob"_s,   u"longblob"_s,          u"geometry"_s,   u"point"_s,
        u"linestring"_s,   u"polygon"_s,           u"multipoint"_s, u"multilinestring"_s,
        u"multipolygon"_s, u"geometrycollection"_s};
    if (binaryTypes.contains(t))
        return make(name, columnType, ColumnType::Bytes, MariaDbDecode::Bytes);
    return make(name, columnType, ColumnType::String, MariaDbDecode::Text);
}

MariaDbColumn mariaDbColumn(const MYSQL_FIELD &field)
{
    const QString name = QString::fromUtf8(field.name, qsizetype(field.name_length));
    const bool isUnsigned = field.flags & UNSIGNED_FLAG;
    const bool binary = field.charsetnr == binaryCharset;
    const QString sign = isUnsigned ? u" unsigned"_s : QString();
    switch (field.type) {
    case MYSQL_TYPE_TINY:
        if (field.length == 1)
            return make(name, u"tinyint(1)"_s, ColumnType::Bool, MariaDbDecode::Bool);
        return make(name, u"tinyint"_s + sign, ColumnType::Int64, MariaDbDecode::Int);
    case MYSQL_TYPE_SHORT:
        return make(name, u"smallint"_s + sign, ColumnType::Int64, MariaDbDecode::Int);
    case MYSQL_TYPE_INT24:
        return make(name, u"mediumint"_s + sign, ColumnType::Int64, MariaDbDecode::Int);
    case MYSQL_TYPE_LONG:
        return make(name, u"int"_s + sign, ColumnType::Int64, MariaDbDecode::Int);
    case MYSQL_TYPE_YEAR:
        return make(name, u"year"_s, ColumnType::Int64, MariaDbDecode::Int);
    case MYSQL_TYPE_LONGLONG:
        if (isUnsigned)
            return make(name, u"bigint unsigned"_s, ColumnType::Decimal, MariaDbDecode::Unsigned);
        return make(name, u"bigint"_s, ColumnType::Int64, MariaDbDecode::Int);
    case MYSQL_TYPE_BIT:
        if (field.length <= 1)
            return make(name, u"bit(1)"_s, ColumnType::Bool, MariaDbDecode::BitBool);
        return make(name, u"bit(%1)"_s.arg(field.length),
                    field.length < 64 ? ColumnType::Int64 : ColumnType::Decimal, MariaDbDecode::Bit);
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL:
        return make(name, u"decimal"_s, ColumnType::Decimal, MariaDbDecode::Decimal);
    case MYSQL_TYPE_FLOAT:
        return make(name, u"float"_s, ColumnType::Double, MariaDbDecode::Double);
    case MYSQL_TYPE_DOUBLE:
        return make(name, u"double"_s, ColumnType::Double, MariaDbDecode::Double);
    case MYSQL_TYPE_DATE:
    case MYSQL_TYPE_NEWDATE:
        return make(name, u"date"_s, ColumnType::Date, MariaDbDecode::Date);
    case MYSQL_TYPE_DATETIME:
        return make(name, u"datetime"_s, ColumnType::Timestamp, MariaDbDecode::Timestamp);
    case MYSQL_TYPE_TIMESTAMP:
        return make(name, u"timestamp"_s, ColumnType::Timestamp, MariaDbDecode::Timestamp);
    case MYSQL_TYPE_GEOMETRY:
        return make(name, u"geometry"_s, ColumnType::Bytes, MariaDbDecode::Bytes);
    case MYSQL_TYPE_TINY_BLOB:
    case MYSQL_TYPE_MEDIUM_BLOB:
    case MYSQL_TYPE_LONG_BLOB:
    case MYSQL_TYPE_BLOB:
        if (binary)
            return make(name, u"blob"_s, ColumnType::Bytes, MariaDbDecode::Bytes);
        return make(name, u"text"_s, ColumnType::String, MariaDbDecode::Text);
    case MYSQL_TYPE_STRING:
    case MYSQL_TYPE_VAR_STRING:
    case MYSQL_TYPE_VARCHAR:
        // ENUM and SET arrive as strings with a flag; binary/varbinary with the binary charset.
        if (binary && !(field.flags & (ENUM_FLAG | SET_FLAG)))
            return make(name, u"varbinary"_s, ColumnType::Bytes, MariaDbDecode::Bytes);
        return make(name, u"varchar"_s, ColumnType::String, MariaDbDecode::Text);
    default:
        return make(name, u"text"_s, ColumnType::String, MariaDbDecode::Text);
    }
}

MariaDbDecode mariaDbDecodeFor(ColumnType type)
{
    switch (type) {
    case ColumnType::Int64:
        return MariaDbDecode::Int;
    case ColumnType::Double:
        return MariaDbDecode::Double;
    case ColumnType::Bool:
        return MariaDbDecode::Bool;
    case ColumnType::Date:
        return MariaDbDecode::Date;
    case ColumnType::Timestamp:
        return MariaDbDecode::Timestamp;
    case ColumnType::Decimal:
        return MariaDbDecode::Decimal;
    case ColumnType::Bytes:
        return MariaDbDecode::Bytes;
    case ColumnType::String:
        return MariaDbDecode::Text;
    }
    return MariaDbDecode::Text;
}

bool MariaDbCell::decode(MariaDbDecode decode, std::string_view value, QString &reason)
{
    const auto shown = [&]() -> QString {
        QString s = QString::fromUtf8(value.data(), qsizetype(std::min<std::size_t>(value.size(), 60)));
        return u'\'' + s + (value.size() > 60 ? u"...'"_s : u"'"_s);
    };
    switch (decode) {
    case MariaDbDecode::Int:
        if (const auto v = canonical::parseInt64(value)) {
            kind = Kind::Int;
            intValue = *v;
            return true;
        }
        reason = tr("%1 is not a whole number").arg(shown());
        return false;
    case MariaDbDecode::Bool:
        if (value == "0" || value == "1") {
            kind = Kind::Int;
            intValue = value == "1";
            return true;
        }
        // tinyint(1) is MySQL's boolean, but it holds -128..127: other values are no booleans.
        reason = tr("%1 is not a boolean (0 or 1)").arg(shown());
        return false;
    case MariaDbDecode::BitBool:
    case MariaDbDecode::Bit: {
        // BIT(n) values arrive as big-endian bytes.
        std::uint64_t bits = 0;
        for (const char c : value)
            bits = bits << 8 | std::uint8_t(c);
        if (decode == MariaDbDecode::BitBool) {
            kind = Kind::Int;
            intValue = bits != 0;
            return true;
        }
        if (value.size() <= 8 && bits <= std::uint64_t(INT64_MAX)) {
            kind = Kind::Int;
            intValue = std::int64_t(bits);
            return true;
        }
        reason = tr("bit value of %n byte(s) is beyond a 64-bit integer", nullptr, int(value.size()));
        return false;
    }
    case MariaDbDecode::Unsigned:
    case MariaDbDecode::Decimal:
        if (canonical::isDecimalText(value)) {
            kind = Kind::Text;
            text = value;
            return true;
        }
        reason = tr("%1 is not a decimal number").arg(shown());
        return false;
    case MariaDbDecode::Double:
        if (const auto v = canonical::parseDouble(value)) {
            kind = Kind::Double;
            doubleValue = *v;
            return true;
        }
        reason = tr("%1 is not a number").arg(shown());
        return false;
    case MariaDbDecode::Date:
        if (const auto v = canonical::parseDate(value)) {
            kind = Kind::Int;
            intValue = *v;
            return true;
        }
        reason = tr("%1 is not a valid date").arg(shown());
        return false;
    case MariaDbDecode::Timestamp:
        if (const auto v = canonical::parseTimestamp(value)) {
            kind = Kind::Int;
            intValue = *v;
            return true;
        }
        reason = tr("%1 is not a valid timestamp").arg(shown());
        return false;
    case MariaDbDecode::Text:
    case MariaDbDecode::Bytes:
        kind = Kind::Text;
        text = value;
        return true;
    }
    reason = tr("unsupported column type");
    return false;
}

void MariaDbCell::appendTo(Column &column) const
{
    switch (kind) {
    case Kind::Null:
        column.appendNull();
        break;
    case Kind::Int:
        column.appendInt(intValue);
        break;
    case Kind::Double:
        column.appendDouble(doubleValue);
        break;
    case Kind::Text:
        column.appendText(text);
        break;
    }
}

QString mariaDbColumnType(const TargetColumn &column, bool indexed)
{
    switch (column.type) {
    case ColumnType::Int64:
        return u"BIGINT"_s;
    case ColumnType::Double:
        return u"DOUBLE"_s;
    case ColumnType::Bool:
        return u"TINYINT(1)"_s;
    case ColumnType::Date:
        return u"DATE"_s;
    case ColumnType::Timestamp:
        return u"DATETIME(6)"_s;
    case ColumnType::Decimal:
        // DECIMAL holds at most 65 digits, 38 after the point; beyond that (or when the size is
        // unknown) the exact text is kept instead of rounding.
        if (column.precision > 0 && column.precision <= 65 && column.scale >= 0 && column.scale <= 38 &&
            column.scale <= column.precision)
            return u"DECIMAL(%1,%2)"_s.arg(column.precision).arg(column.scale);
        return indexed ? u"VARCHAR(80)"_s : u"VARCHAR(200)"_s;
    case ColumnType::String:
        // An index holds at most 3072 bytes (768 utf8mb4 characters): key columns are VARCHAR
        // with the target's length, 255 when it is unknown.
        if (indexed)
            return u"VARCHAR(%1)"_s.arg(column.precision > 0 && column.precision <= 768 ? column.precision
                                                                                        : 255);
        if (column.precision > 0 && column.precision <= 16383)
            return u"TEXT"_s;
        if (column.precision > 0 && column.precision <= 4194303)
            return u"MEDIUMTEXT"_s;
        return u"LONGTEXT"_s;
    case ColumnType::Bytes:
        if (indexed)
            return u"VARBINARY(%1)"_s.arg(column.precision > 0 && column.precision <= 3072 ? column.precision
                                                                                           : 255);
        return u"LONGBLOB"_s;
    }
    return u"LONGTEXT"_s;
}

} // namespace miq
