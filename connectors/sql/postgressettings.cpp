#include "connectors/sql/postgressettings.h"

#include "connectors/sql/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace miq {

QStringList PostgresSettings::sslModes()
{
    return {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

PostgresSettings PostgresSettings::parse(const ConnectionSettings &settings)
{
    PostgresSettings s;
    s.sourceName = settings.sourceName;
    s.host = settings.value(u"host"_s, u"localhost"_s).trimmed();
    s.database = settings.value(u"database"_s).trimmed();
    s.user = settings.value(u"user"_s).trimmed();
    s.password = settings.secrets.value(u"password"_s);
    s.sslMode = settings.value(u"sslmode"_s, u"prefer"_s).trimmed();
    s.query = stripQueryTerminator(settings.value(u"query"_s).trimmed());
    const QStringList patterns = settings.value(u"schema"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &p : patterns)
        if (!p.trimmed().isEmpty())
            s.schemaPatterns << QRegularExpression::fromWildcard(p.trimmed(), Qt::CaseSensitive);

    bool portOk = true, timeoutOk = true;
    s.port = integerSetting(settings, u"port"_s, 5432, 1, 65535, &portOk);
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
    if (!problems.isEmpty())
        s.error =
            tr("Source '%1' is not configured correctly: %2.").arg(s.sourceName, problems.join(u"; "_s));
    return s;
}

QString PostgresSettings::endpoint() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return h + u':' + QString::number(port);
}

bool PostgresSettings::schemaAllowed(const QString &schema) const
{
    if (schemaPatterns.isEmpty())
        return true;
    for (const QRegularExpression &pattern : schemaPatterns)
        if (pattern.match(schema).hasMatch())
            return true;
    return false;
}

} // namespace miq
