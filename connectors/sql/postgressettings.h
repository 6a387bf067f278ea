#pragma once

#include "connectors/connector.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace miq {

// The settings of a PostgreSQL source, parsed and checked once, shared by the source
// (PostgresConnector, through Qt's QPSQL driver) and the destination (PostgresDestination,
// through libpq directly).
//
// Values are validated here as well as in the registry: they end up in libpq connection
// parameters, where an unchecked "sslmode" could otherwise smuggle in other options.
struct PostgresSettings
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSettings)

public:
    static PostgresSettings parse(const ConnectionSettings &settings);
    // libpq's sslmode values, in the order a settings form offers them.
    static QStringList sslModes();

    // "host:port", with IPv6 addresses in brackets: how messages name the server.
    QString endpoint() const;
    // Whether a schema passes the source's schema filter (all do when there is none).
    bool schemaAllowed(const QString &schema) const;

    QString sourceName;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode;
    int connectTimeout = 10;
    QList<QRegularExpression> schemaPatterns;
    QString query;
    // Translated description of what is wrong ("Source 'x' is not configured correctly: ..."),
    // empty when the settings are usable.
    QString error;
};

} // namespace miq
