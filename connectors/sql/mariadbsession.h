#pragma once

#include "connectors/connector.h"

#include <QCoreApplication>

#include <memory>
#include <string>
#include <string_view>

struct st_mysql;

namespace miq {

class SqlConnection;

// The settings of a MySQL / MariaDB source (shared by the connector and the destination),
// validated once: the values end up in driver options, where unchecked text could smuggle in
// other options.
struct MariaDbSettings
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbSettings)

public:
    static const QStringList &sslModes(); // disabled, preferred, required
    static ConnectorSpec spec();
    static MariaDbSettings from(const ConnectionSettings &settings);

    // "127.0.0.1:3306", "[::1]:3306"
    QString endpoint() const;

    QString sourceName;
    QString host;
    int port = 3306;
    QString database;
    QString user;
    QString password;
    QString sslMode;
    int connectTimeout = 10;
    QString query; // without trailing semicolons and comments
    QString error; // translated; empty when the settings are usable
};

// One connection to a MySQL / MariaDB server through Qt's QMYSQL driver, owned by one object and
// used on the thread that opened it.
//
// Qt's driver is used to open the connection (and so shares its client library, libmariadb, with
// the rest of the application); bulk work goes straight to that library through the driver's
// MYSQL handle, because QMYSQL (Qt 6.4) buffers every result completely (mysql_store_result, also
// for forward-only queries) and has no bulk insert. Every session runs with the character set
// utf8mb4, time_zone '+00:00' (TIMESTAMP values in UTC) and a strict sql_mode.
//
// Every message names the server ("MariaDB at host:port") and never contains the password.
class MariaDbSession
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbSession)

public:
    enum class Purpose { Read, Write };

    static Result<std::unique_ptr<MariaDbSession>> open(const MariaDbSettings &settings, Purpose purpose);
    ~MariaDbSession();

    MariaDbSession(const MariaDbSession &) = delete;
    MariaDbSession &operator=(const MariaDbSession &) = delete;

    st_mysql *handle() const { return m_mysql; }
    const MariaDbSettings &settings() const { return m_settings; }
    // "10.11.19-MariaDB-0+deb12u1"
    const QString &serverVersion() const { return m_version; }
    bool isMariaDb() const { return m_mariaDb; }
    // MySQL 8.0.19+ names the inserted row by an alias (VALUES() is deprecated there).
    bool hasInsertAlias() const { return !m_mariaDb && m_versionNumber >= 80019; }
    qint64 maxAllowedPacket() const { return m_maxAllowedPacket; }

    // Runs a statement without a result set (or discards it); false on error (see errorText()).
    bool exec(std::string_view sql);
    bool exec(const QString &sql)
    {
        const QByteArray u = sql.toUtf8();
        return exec(std::string_view(u.constData(), std::size_t(u.size())));
    }
    // Rows of a small query as text (NULL as a null QString). For catalogue queries only.
    Result<QList<QStringList>> select(const QString &sql);
    // The server's error for the last failed call, cleaned and masked.
    QString errorText() const;
    unsigned int errorCode() const;
    // Appends `bytes` as a quoted SQL string literal ('...' with the connection's escaping).
    void appendLiteral(std::string &sql, std::string_view bytes) const;

    // "Cannot <what> (MariaDB at host:port): <cause>" with the password masked.
    Error failure(const QString &what, const QString &cause) const;

private:
    MariaDbSession(const MariaDbSettings &settings, std::unique_ptr<SqlConnection> connection);

    MariaDbSettings m_settings;
    std::unique_ptr<SqlConnection> m_connection;
    st_mysql *m_mysql = nullptr;
    QString m_version;
    int m_versionNumber = 0;
    bool m_mariaDb = true;
    qint64 m_maxAllowedPacket = 16 << 20;
};

// "`name`" with embedded backticks doubled: the only quoting MySQL needs inside backticks.
QString quoteMariaDbIdentifier(const QString &identifier);
// The message of a MySQL error as one line, masked.
QString maskedMariaDbText(const QString &text, const QString &password);

} // namespace miq
