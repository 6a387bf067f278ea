#pragma once

#include "connectors/connector.h"

#include <QCoreApplication>

#include <memory>

namespace miq {

class SqlConnection;

// An SQLite database file as a source: every table and view is a stream, plus a stream named
// "query" when the source has a query configured.
//
// The file is opened read-only (QSQLITE_OPEN_READONLY) and never created: reading a source must
// not change it. The connection is opened lazily on the first call, on the calling thread, and
// shared with the readers this connector opens (SQLite runs several statements per connection).
class SqliteConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(SqliteConnector)

public:
    explicit SqliteConnector(ConnectionSettings settings);
    ~SqliteConnector() override;

    static ConnectorSpec spec();

    // "SQLite 3.40.1, tables: 4, views: 1"
    Result<QString> checkConnection() override;
    Result<QList<StreamInfo>> discover() override;
    Result<std::unique_ptr<StreamReader>> openStream(const QString &stream,
                                                     const ReadOptions &options) override;

private:
    struct Relation
    {
        QString name;
        StreamInfo::Kind kind = StreamInfo::Kind::Table;
    };

    Status open();
    // Every table and view, or only the one named *onlyName.
    Result<QList<Relation>> relations(const QString *onlyName = nullptr);
    Result<QList<ColumnInfo>> relationColumns(const QString &name);
    Result<QList<ColumnInfo>> queryColumns();
    QHash<QString, qint64> rowEstimates(const QList<Relation> &relations);
    QString queryText() const;
    QString location() const;
    Error readError(const QString &what, const QString &driverText) const;

    ConnectionSettings m_settings;
    QString m_path;
    std::shared_ptr<SqlConnection> m_connection;
};

} // namespace miq
