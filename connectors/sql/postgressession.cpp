#include "connectors/sql/postgressession.h"

#include "connectors/sql/sqlsupport.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace miq {

void PgResultDeleter::operator()(pg_result *result) const
{
    PQclear(result);
}

pg_conn *qtPostgresHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    // The metatype is registered under the struct's name (pg_conn*) or, in other Qt versions, the
    // typedef's (PGconn*).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

PgResult execParams(pg_conn *conn, const QString &sql, const QList<QByteArray> &params)
{
    const QByteArray text = sql.toUtf8();
    std::vector<const char *> values;
    values.reserve(std::size_t(params.size()));
    for (const QByteArray &p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    return PgResult(PQexecParams(conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr,
                                 nullptr, 0));
}

PostgresSession::PostgresSession(PostgresSettings settings, pg_conn *conn)
    : m_settings(std::move(settings))
    , m_conn(conn)
{}

PostgresSession::~PostgresSession()
{
    // Closing the connection is also how an interrupted run ends: the server rolls back the
    // open transaction, exactly as after a crash of the process.
    PQfinish(m_conn);
}

Result<std::unique_ptr<PostgresSession>> PostgresSession::open(const PostgresSettings &settings,
                                                               const QString &purpose)
{
    if (!settings.error.isEmpty())
        return Error(settings.error);
    const QByteArray host = settings.host.toUtf8();
    const QByteArray port = QByteArray::number(settings.port);
    const QByteArray database = settings.database.toUtf8();
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray sslMode = settings.sslMode.toUtf8();
    const QByteArray timeout = QByteArray::number(settings.connectTimeout);
    const QByteArray application = (u"MigrateIQ "_s + purpose).toUtf8();
    // ISO dates and UTC make every text the server writes (messages, ::text casts) independent of
    // the server's and the role's defaults.
    const QByteArray options = "-c TimeZone=UTC -c DateStyle=ISO,YMD -c extra_float_digits=3";
    std::vector<const char *> keys = {"host",
                                      "port",
                                      "dbname",
                                      "user",
                                      "sslmode",
                                      "connect_timeout",
                                      "application_name",
                                      "client_encoding",
                                      "options"};
    std::vector<const char *> values = {
        host.constData(),    port.constData(),    database.constData(),    user.constData(),
        sslMode.constData(), timeout.constData(), application.constData(), "UTF8",
        options.constData()};
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(password.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn *conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (!conn)
        return Error(tr("Cannot connect to PostgreSQL at %1 for source '%2': out of memory.")
                         .arg(settings.endpoint(), settings.sourceName));
    std::unique_ptr<PostgresSession> session(new PostgresSession(settings, conn));
    // libpq prints NOTICEs ("table ... does not exist, skipping") to stderr by default; they are
    // expected answers to IF EXISTS and nothing a user needs to see.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    if (PQstatus(conn) != CONNECTION_OK)
        return Error(tr("Cannot connect to PostgreSQL at %1 for source '%2': %3")
                         .arg(settings.endpoint(), settings.sourceName, session->lastError()));
    return session;
}

QString PostgresSession::lastError() const
{
    const QString text = cleanDriverText(QString::fromUtf8(PQerrorMessage(m_conn)));
    return maskSecret(text.isEmpty() ? tr("unknown error") : text, m_settings.password);
}

QString PostgresSession::resultError(const pg_result *result) const
{
    if (!result)
        return lastError();
    const auto field = [&](int code) {
        return QString::fromUtf8(PQresultErrorField(result, code)).trimmed();
    };
    QString text = field(PG_DIAG_MESSAGE_PRIMARY);
    if (text.isEmpty())
        return lastError();
    // The detail says which key or value, the hint what to do: both help the user act.
    for (const QString &extra : {field(PG_DIAG_MESSAGE_DETAIL), field(PG_DIAG_MESSAGE_HINT)}) {
        if (extra.isEmpty())
            continue;
        if (!text.endsWith(u'.'))
            text += u'.';
        text += u' ' + extra;
    }
    return maskSecret(text, m_settings.password);
}

bool PostgresSession::isConnected() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PostgresSession::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

Result<PgResult> PostgresSession::exec(const QString &sql, const QList<QByteArray> &params)
{
    // PQexecParams even without parameters: the extended protocol runs exactly one statement,
    // so SQL assembled from identifiers can never turn into two.
    PgResult result = execParams(m_conn, sql, params);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    return Error(resultError(result.get()));
}

QString PostgresSession::run(const QString &sql, const QList<QByteArray> &params)
{
    Result<PgResult> result = exec(sql, params);
    return result ? QString() : result.error();
}

} // namespace miq
