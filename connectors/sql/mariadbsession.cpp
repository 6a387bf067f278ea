#include "connectors/sql/mariadbsession.h"

#include "connectors/sql/sqlconnection.h"
#include "connectors/sql/sqlsupport.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <mysql.h>

using namespace Qt::StringLiterals;

namespace miq {

QString quoteMariaDbIdentifier(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(u'`', u"``"_s);
    return u'`' + quoted + u'`';
}

QString maskedMariaDbText(const QString &text, const QString &password)
{
    // One line; the driver's "QMYSQL: Unable to connect" boilerplate adds nothing to the cause.
    QString line = text.simplified();
    static const QRegularExpression qtPrefix(u"^QMYSQL3?: "_s);
    line.remove(qtPrefix);
    return maskSecret(line, password);
}

const QStringList &MariaDbSettings::sslModes()
{
    static const QStringList modes = {u"disabled"_s, u"preferred"_s, u"required"_s};
    return modes;
}

ConnectorSpec MariaDbSettings::spec()
{
    ConnectorSpec s;
    s.typeId = u"mariadb"_s;
    s.displayName = tr("MySQL / MariaDB");
    s.description = tr("Tables, views and an optional query of a MySQL or MariaDB database, streamed "
                       "without buffering whole tables; also a sync destination.");
    s.iconName = u"mariadb"_s;

    const auto field = [](const QString &key, const QString &label, ConfigField::Kind kind,
                          const QString &help) {
        ConfigField f;
        f.key = key;
        f.label = label;
        f.kind = kind;
        f.help = help;
        return f;
    };
    ConfigField host =
        field(u"host"_s, tr("Host"), ConfigField::Kind::Text, tr("Server name or IP address."));
    host.defaultValue = u"localhost"_s;
    ConfigField port =
        field(u"port"_s, tr("Port"), ConfigField::Kind::Integer, tr("TCP port of the server."));
    port.defaultValue = 3306;
    port.minimum = 1;
    port.maximum = 65535;
    ConfigField database = field(u"database"_s, tr("Database"), ConfigField::Kind::Text,
                                 tr("Name of the database (schema) to read or write."));
    database.required = true;
    ConfigField user = field(u"user"_s, tr("User"), ConfigField::Kind::Text, tr("Account to log in as."));
    user.required = true;
    ConfigField password = field(u"password"_s, tr("Password"), ConfigField::Kind::Password,
                                 tr("Stored in the system keychain, never in the workspace."));
    password.secret = true;
    ConfigField ssl = field(u"sslmode"_s, tr("SSL mode"), ConfigField::Kind::Choice,
                            tr("disabled: never encrypt; preferred: encrypt when the server can; "
                               "required: refuse unencrypted connections."));
    ssl.choices = sslModes();
    ssl.defaultValue = u"preferred"_s;
    ConfigField query = field(u"query"_s, tr("Query"), ConfigField::Kind::MultilineText,
                              tr("Optional SELECT statement, offered as an extra stream named 'query'."));
    ConfigField timeout =
        field(u"connect_timeout"_s, tr("Connection timeout (s)"), ConfigField::Kind::Integer,
              tr("Seconds to wait for the server before giving up."));
    timeout.defaultValue = 10;
    timeout.minimum = 1;
    timeout.maximum = 3600;
    s.fields = {host, port, database, user, password, ssl, query, timeout};
    return s;
}

MariaDbSettings MariaDbSettings::from(const ConnectionSettings &settings)
{
    MariaDbSettings s;
    s.sourceName = settings.sourceName;
    s.host = settings.value(u"host"_s, u"localhost"_s).trimmed();
    s.database = settings.value(u"database"_s).trimmed();
    s.user = settings.value(u"user"_s).trimmed();
    s.password = settings.secrets.value(u"password"_s);
    s.sslMode = settings.value(u"sslmode"_s, u"preferred"_s).trimmed();
    s.query = stripQueryTerminator(settings.value(u"query"_s).trimmed());
    bool portOk = true, timeoutOk = true;
    s.port = integerSetting(settings, u"port"_s, 3306, 1, 65535, &portOk);
    s.connectTimeout = integerSetting(settings, u"connect_timeout"_s, 10, 1, 3600, &timeoutOk);
    QStringList problems;
    if (s.database.isEmpty())
        problems << tr("no database is set");
    if (s.user.isEmpty())
        problems << tr("no user is set");
    if (!portOk)
        problems << tr("the port must be a number from 1 to 65535");
    if (!timeoutOk)
        problems << tr("the connection timeout must be a number of seconds from 1 to 3600");
    if (!sslModes().contains(s.sslMode))
        problems << tr("the SSL mode must be one of: %1").arg(sslModes().join(u", "_s));
    // Qt's driver takes options as "KEY=value;KEY=value": a ';' in the host would add options.
    if (s.host.contains(u';') || s.host.contains(u'='))
        problems << tr("the host name contains ';' or '='");
    if (!problems.isEmpty())
        s.error =
            tr("Source '%1' is not configured correctly: %2.").arg(s.sourceName, problems.join(u"; "_s));
    return s;
}

QString MariaDbSettings::endpoint() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return h + u':' + QString::number(port);
}

MariaDbSession::MariaDbSession(const MariaDbSettings &settings, std::unique_ptr<SqlConnection> connection)
    : m_settings(settings)
    , m_connection(std::move(connection))
{}

MariaDbSession::~MariaDbSession() = default;

Result<std::unique_ptr<MariaDbSession>> MariaDbSession::open(const MariaDbSettings &settings, Purpose purpose)
{
    if (!settings.error.isEmpty())
        return Error(settings.error);
    if (!QSqlDatabase::isDriverAvailable(u"QMYSQL"_s))
        return Error(tr("Cannot connect source '%1': the Qt MySQL/MariaDB driver (QMYSQL) is not installed "
                        "(Debian/Ubuntu package libqt6sql6-mysql).")
                         .arg(settings.sourceName));
    const auto connectOnce = [&](bool tls) -> Result<std::unique_ptr<SqlConnection>> {
        auto connection = std::make_unique<SqlConnection>(
            u"QMYSQL"_s, purpose == Purpose::Read ? u"mariadb"_s : u"mariadb-write"_s);
        QSqlDatabase &db = connection->database();
        // "localhost" would make the client library use the Unix socket; the user asked for TCP.
        db.setHostName(settings.host == u"localhost"_s ? u"127.0.0.1"_s : settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        QString options = u"MYSQL_OPT_CONNECT_TIMEOUT=%1"_s.arg(settings.connectTimeout);
        // Qt 6.4's QMYSQL ignores CLIENT_SSL; any SSL_* option makes the client library offer
        // TLS, which it uses when the server supports it (libmariadb 3.3 falls back to plain
        // text otherwise: 'required' is checked after the handshake, below). The CA path only
        // matters once certificates are verified, which these modes do not ask for.
        if (tls)
            options += u";SSL_CAPATH=/etc/ssl/certs"_s;
        db.setConnectOptions(options);
        if (!db.open())
            return Error(maskedMariaDbText(driverMessage(db.lastError()), settings.password));
        return connection;
    };
    const bool wantTls = settings.sslMode != u"disabled"_s;
    Result<std::unique_ptr<SqlConnection>> connection = connectOnce(wantTls);
    if (!connection)
        return Error(maskSecret(tr("Cannot connect to MySQL/MariaDB at %1 for source '%2': %3")
                                    .arg(settings.endpoint(), settings.sourceName, connection.error()),
                                settings.password));

    std::unique_ptr<MariaDbSession> session(new MariaDbSession(settings, std::move(*connection)));
    const QVariant handle = session->m_connection->database().driver()->handle();
    // Registered as "MYSQL*" or, after normalisation, "st_mysql*" (Qt 6.4).
    if (qstrcmp(handle.typeName(), "MYSQL*") == 0 || qstrcmp(handle.typeName(), "st_mysql*") == 0)
        session->m_mysql = *static_cast<MYSQL *const *>(handle.constData());
    if (!session->m_mysql)
        return Error(tr("Cannot use the MySQL/MariaDB connection of source '%1': the QMYSQL driver gave no "
                        "connection handle.")
                         .arg(settings.sourceName));
    MYSQL *mysql = session->m_mysql;
    session->m_version = QString::fromUtf8(mysql_get_server_info(mysql));
    session->m_versionNumber = int(mysql_get_server_version(mysql));
    session->m_mariaDb = session->m_version.contains(u"MariaDB"_s, Qt::CaseInsensitive);

    if (settings.sslMode == u"required"_s && !mysql_get_ssl_cipher(mysql))
        return Error(tr("Cannot connect to MySQL/MariaDB at %1 for source '%2': the SSL mode is 'required' "
                        "but the server does not offer SSL, so the connection is not encrypted.")
                         .arg(settings.endpoint(), settings.sourceName));

    // utf8mb4: text beyond the BMP (emoji) survives; Qt asks for it too, this makes it certain
    // and keeps mysql_real_escape_string() in step with the server.
    if (mysql_set_character_set(mysql, "utf8mb4") != 0)
        return session->failure(tr("set the character set utf8mb4"), session->errorText());
    QString setup = u"SET SESSION time_zone = '+00:00', "
                    "sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
                    "NO_ENGINE_SUBSTITUTION,NO_AUTO_VALUE_ON_ZERO'"_s;
    if (purpose == Purpose::Read) {
        // Readers are streamed: the engine may hold the server's writes back for a while when the
        // destination is slower, so the server must not give up on a slow reader after 60 s.
        setup += u", net_write_timeout = 3600"_s;
    } else {
        setup += u", net_read_timeout = 3600, net_write_timeout = 3600, autocommit = 1"_s;
    }
    if (!session->exec(setup))
        return session->failure(tr("set up the session"), session->errorText());
    // Reading a source must never change it, whatever a configured query calls.
    if (purpose == Purpose::Read && !session->exec(u"SET SESSION TRANSACTION READ ONLY"_s))
        return session->failure(tr("set up the session"), session->errorText());
    Result<QList<QStringList>> packet = session->select(u"SELECT @@max_allowed_packet"_s);
    if (packet && !packet->isEmpty())
        session->m_maxAllowedPacket = packet->first().value(0).toLongLong();
    return session;
}

bool MariaDbSession::exec(std::string_view sql)
{
    if (mysql_real_query(m_mysql, sql.data(), static_cast<unsigned long>(sql.size())) != 0)
        return false;
    // Statements with a result (SHOW, SELECT) must have it read before the next one.
    if (MYSQL_RES *result = mysql_store_result(m_mysql))
        mysql_free_result(result);
    return mysql_errno(m_mysql) == 0;
}

Result<QList<QStringList>> MariaDbSession::select(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (mysql_real_query(m_mysql, utf8.constData(), static_cast<unsigned long>(utf8.size())) != 0)
        return Error(errorText());
    MYSQL_RES *result = mysql_store_result(m_mysql);
    if (!result)
        return mysql_errno(m_mysql) ? Result<QList<QStringList>>(Error(errorText())) : QList<QStringList>();
    QList<QStringList> rows;
    const unsigned int fields = mysql_num_fields(result);
    while (MYSQL_ROW row = mysql_fetch_row(result)) {
        const unsigned long *lengths = mysql_fetch_lengths(result);
        QStringList values;
        for (unsigned int i = 0; i < fields; ++i)
            values.append(row[i] ? QString::fromUtf8(row[i], qsizetype(lengths[i])) : QString());
        rows.append(values);
    }
    mysql_free_result(result);
    return rows;
}

QString MariaDbSession::errorText() const
{
    return maskedMariaDbText(QString::fromUtf8(mysql_error(m_mysql)), m_settings.password);
}

unsigned int MariaDbSession::errorCode() const
{
    return mysql_errno(m_mysql);
}

void MariaDbSession::appendLiteral(std::string &sql, std::string_view bytes) const
{
    // mysql_real_escape_string() writes at most 2n+1 bytes; it follows the connection's character
    // set and the server's NO_BACKSLASH_ESCAPES mode, so no value can end the literal early.
    const std::size_t start = sql.size();
    sql.resize(start + 2 * bytes.size() + 3);
    sql[start] = '\'';
    const unsigned long written = mysql_real_escape_string(m_mysql, sql.data() + start + 1, bytes.data(),
                                                           static_cast<unsigned long>(bytes.size()));
    sql[start + 1 + written] = '\'';
    sql.resize(start + 2 + written);
}

Error MariaDbSession::failure(const QString &what, const QString &cause) const
{
    return Error(maskSecret(tr("Cannot %1 of source '%2' (MySQL/MariaDB at %3): %4")
                                .arg(what, m_settings.sourceName, m_settings.endpoint(), cause),
                            m_settings.password));
}

} // namespace miq
