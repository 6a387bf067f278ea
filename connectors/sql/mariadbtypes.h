#pragma once

#include "connectors/connector.h"
#include "connectors/destination.h"

#include <QCoreApplication>

#include <cstdint>
#include <string>
#include <string_view>

struct st_mysql_field;

namespace miq {

// How the text protocol's value of a column becomes a typed cell.
//
//   MySQL / MariaDB type                  ColumnType  decoded from the server's text
//   tinyint(1), bool, bit(1)              Bool        '0'/'1' (other tinyint values quarantined)
//   tinyint..bigint, year, bit(2..63)     Int64       digits; bit as big-endian bytes
//   bigint unsigned, bit(64)              Decimal     digits (up to 2^64-1: beyond Int64)
//   decimal(p,s)                          Decimal     the server's exact text ('12.50')
//   float, double                         Double      shortest text that reads back the same
//   date                                  Date        'YYYY-MM-DD' (zero dates quarantined)
//   datetime                              Timestamp   no zone, taken as UTC
//   timestamp                             Timestamp   UTC (sessions use time_zone '+00:00')
//   binary, varbinary, *blob, geometry    Bytes       the bytes
//   everything else (char, varchar,       String      UTF-8 text (utf8mb4 connection)
//   *text, json, enum, set, time, uuid,
//   inet6)
enum class MariaDbDecode { Int, Unsigned, Bool, Bit, BitBool, Double, Decimal, Date, Timestamp, Text, Bytes };

struct MariaDbColumn
{
    ColumnInfo info;
    MariaDbDecode decode = MariaDbDecode::Text;
};

// From information_schema.COLUMNS: DATA_TYPE ("int") and COLUMN_TYPE ("int(10) unsigned").
MariaDbColumn mariaDbColumn(const QString &name, const QString &dataType, const QString &columnType);
// From the metadata of a result set (query streams).
MariaDbColumn mariaDbColumn(const st_mysql_field &field);

// The decode matching a column type, for reading back a table the destination created.
MariaDbDecode mariaDbDecodeFor(ColumnType type);

// Converts one value (never NULL) of the text protocol. On failure `reason` says why (translated).
class MariaDbCell
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbCell)

public:
    enum class Kind { Null, Int, Double, Text };
    Kind kind = Kind::Null;
    std::int64_t intValue = 0;
    double doubleValue = 0;
    std::string_view text; // points into the row until it is appended

    bool decode(MariaDbDecode decode, std::string_view value, QString &reason);
    void appendTo(Column &column) const;
};

// The column type a destination table gets for a target column (see MariaDbDestination).
// `indexed`: the column is part of a key and needs a type an index can hold.
QString mariaDbColumnType(const TargetColumn &column, bool indexed);

} // namespace miq
