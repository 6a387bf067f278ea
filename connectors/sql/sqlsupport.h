#pragma once

#include <QString>
#include <QStringView>

#include <optional>

class QSqlError;

namespace miq {

struct ConnectionSettings;

// SQL text helpers shared by the database connectors. Identifiers are always quoted: a table
// may be called `my "odd" table`, `select` or `MixedCase`, and stream names come from users.

// "name" with embedded double quotes doubled; valid in SQLite and PostgreSQL.
QString quoteIdentifier(const QString &identifier);

// The user's query without trailing semicolons, comments and whitespace, so that it can be
// wrapped in `SELECT ... FROM (<query>)` (which also rejects anything that is not a single
// SELECT/VALUES). String literals, quoted identifiers and dollar quotes are respected.
QString stripQueryTerminator(const QString &sql);

// Days since 1970-01-01 of a proleptic Gregorian date (astronomical years: 0 = 1 BC).
qint64 daysFromCivil(qint64 year, int month, int day);

// 'YYYY-MM-DD', optionally followed by PostgreSQL's ' BC'. No time part.
std::optional<qint64> parseIsoDate(QStringView text);

// Microseconds since 1970-01-01T00:00:00Z of an ISO 8601 / SQL timestamp as SQLite files and
// PostgreSQL (DateStyle ISO) write them: 'YYYY-MM-DD[( |T)HH:MM[:SS[.ffffff]]][ ][Z|±HH[:MM[:SS]]][ BC]'.
// A date alone means midnight; no zone means UTC. nullopt when malformed or out of range.
std::optional<qint64> parseIsoTimestamp(QStringView text);

// The driver's own message (e.g. "file is not a database", "relation \"x\" does not exist") as one
// line, without the driver's boilerplate ("ERROR:  ", SQLSTATE suffixes, "QPSQL: Unable to...").
QString driverMessage(const QSqlError &error);
// The same cleanup for a message taken straight from a driver library (libpq's PQerrorMessage).
QString cleanDriverText(const QString &text);

// `text` with every occurrence of `secret` masked. Used on every error text of a connection that
// has a password, as a second line of defence: libpq never echoes it, but messages must not leak
// it even if a driver did. Secrets shorter than 4 characters are not masked, because they would
// mask ordinary words of the message and such a "secret" cannot be kept out of text anyway.
QString maskSecret(QString text, const QString &secret);

// The integer setting `key` (a port, a timeout): `fallback` when it is empty; sets *ok to false
// when it is not a whole number within [minimum, maximum].
int integerSetting(const ConnectionSettings &settings, const QString &key, int fallback, int minimum,
                   int maximum, bool *ok);

} // namespace miq
