#pragma once

#include "connectors/sql/sqlstreamreader.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace miq {

class SqlConnection;

// How an SQLite table stream continues after an interruption: it is read in rowid order, so the
// rowid of the last row handed out is an exact position. Views, queries, WITHOUT ROWID and
// virtual tables have no such position and are not resumable (a run over them starts over).
//
// Serialized as a small QDataStream blob: magic, format version, the table and its columns (a
// changed table voids the position), whether its rowids are stable, the database file's stamp
// (checked only when they are not), then the position.
struct SqliteResumeToken
{
    Q_DECLARE_TR_FUNCTIONS(miq::SqliteResumeToken)

public:
    static constexpr quint32 magic = 0x4d495153; // "MIQS"
    static constexpr quint8 formatVersion = 1;

    QString table;
    Schema columns;
    // An INTEGER PRIMARY KEY aliases the rowid and nothing renumbers it. Otherwise VACUUM may
    // renumber the rows, and since any change of the file may have been one, the file must be
    // unchanged for the position to be trusted.
    bool stableRowids = false;
    QList<qint64> fileStamp; // size and mtime of the database file and of its -wal file
    bool started = false;    // a row was read: lastRowid is valid
    qint64 lastRowid = 0;
    qint64 recordsRead = 0;

    // The stamp of `path` and its write-ahead log as it is now.
    static QList<qint64> stampOf(const QString &path);

    QByteArray encode() const;
    // `stream` and `sourceName` name the stream in messages.
    static Result<SqliteResumeToken> decode(const QByteArray &bytes, const QString &stream,
                                            const QString &sourceName);
};

// Reads the rows of one SELECT on the shared connection. With `resume` set, the query's last
// column (beyond the schema) is the rowid and resumeToken() says where the next row starts.
class SqliteStreamReader final : public SqlStreamReader
{
public:
    SqliteStreamReader(std::shared_ptr<SqlConnection> connection, QSqlQuery query,
                       std::shared_ptr<const Schema> schema, const ReadOptions &options,
                       const QString &sourceName, const QString &streamName, QString path,
                       std::optional<SqliteResumeToken> resume);
    ~SqliteStreamReader() override;

    QByteArray resumeToken() const override;

protected:
    Result<bool> fetchRow() override;
    const QSqlQuery &currentQuery() const override { return m_query; }
    Status finish() override;

private:
    std::shared_ptr<SqlConnection> m_connection; // declared first: must outlive m_query
    QSqlQuery m_query;
    QString m_path;
    std::optional<SqliteResumeToken> m_resume; // identity and position; empty = not resumable
    int m_rowidColumn = -1;
};

} // namespace miq
