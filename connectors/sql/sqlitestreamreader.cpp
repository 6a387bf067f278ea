#include "connectors/sql/sqlitestreamreader.h"

#include "connectors/sql/sqlconnection.h"
#include "connectors/sql/sqliteconnector.h"
#include "connectors/sql/sqlsupport.h"

#include "connectors/resumesupport.h"

#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSqlError>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace miq {

QList<qint64> SqliteResumeToken::stampOf(const QString &path)
{
    QList<qint64> stamp;
    for (const QString &file : {path, QString(path + u"-wal"_s)}) {
        const QFileInfo info(file);
        stamp << (info.exists() ? info.size() : -1)
              << (info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0);
    }
    // The header's file change counter (offset 24, big-endian) is bumped by every write
    // transaction in rollback-journal mode: it catches a change in the same millisecond and
    // without growing the file, which size and mtime alone would miss.
    QFile file(path);
    QByteArray header;
    if (file.open(QIODevice::ReadOnly))
        header = file.read(28);
    stamp << (header.size() == 28 ? qint64(qFromBigEndian<quint32>(header.constData() + 24)) : -1);
    return stamp;
}

QByteArray SqliteResumeToken::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(resumeStreamVersion);
    out << magic << formatVersion;
    writeTokenText(out, table);
    out << qint32(columns.size());
    for (const Field &field : columns) {
        writeTokenText(out, field.name);
        out << quint8(field.type);
    }
    out << stableRowids << fileStamp << started << lastRowid << recordsRead;
    return bytes;
}

Result<SqliteResumeToken> SqliteResumeToken::decode(const QByteArray &bytes, const QString &stream,
                                                    const QString &sourceName)
{
    QDataStream in(bytes);
    in.setVersion(resumeStreamVersion);
    quint32 tokenMagic = 0;
    quint8 version = 0;
    in >> tokenMagic >> version;
    if (in.status() != QDataStream::Ok || tokenMagic != magic)
        return Error(tr("The saved position of stream '%1' of source '%2' is not a position in an SQLite "
                        "table; start over with --full.")
                         .arg(stream, sourceName));
    if (version != formatVersion)
        return Error(tr("The saved position of stream '%1' of source '%2' was written by another version "
                        "of MigrateIQ; start over with --full.")
                         .arg(stream, sourceName));
    SqliteResumeToken token;
    token.table = readTokenText(in);
    qint32 count = 0;
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Field field;
        field.name = readTokenText(in);
        quint8 type = 0;
        in >> type;
        field.type = ColumnType(type);
        token.columns.push_back(field);
    }
    in >> token.stableRowids >> token.fileStamp >> token.started >> token.lastRowid >> token.recordsRead;
    if (in.status() != QDataStream::Ok || !in.atEnd() || token.recordsRead < 0)
        return Error(tr("The saved position of stream '%1' of source '%2' is damaged; start over with --full.")
                         .arg(stream, sourceName));
    return token;
}

SqliteStreamReader::SqliteStreamReader(std::shared_ptr<SqlConnection> connection, QSqlQuery query,
                                       std::shared_ptr<const Schema> schema, const ReadOptions &options,
                                       const QString &sourceName, const QString &streamName, QString path,
                                       std::optional<SqliteResumeToken> resume)
    : SqlStreamReader(schema, options, sourceName, streamName)
    , m_connection(std::move(connection))
    , m_query(std::move(query))
    , m_path(std::move(path))
    , m_resume(std::move(resume))
    , m_rowidColumn(int(schema->size()))
{
    if (m_resume)
        continueNumberingAt(m_resume->recordsRead);
}

SqliteStreamReader::~SqliteStreamReader() = default;

QByteArray SqliteStreamReader::resumeToken() const
{
    return m_resume ? m_resume->encode() : QByteArray();
}

Result<bool> SqliteStreamReader::fetchRow()
{
    if (m_query.next()) {
        if (m_resume) {
            // Rows are fetched one at a time and handed out in order, so the last fetched row
            // is the last one handed out (as a row or a quarantined record).
            m_resume->started = true;
            m_resume->lastRowid = m_query.value(m_rowidColumn).toLongLong();
            m_resume->recordsRead = recordsRead() + 1;
        }
        return true;
    }
    if (m_query.lastError().type() != QSqlError::NoError)
        return Error(SqliteConnector::tr("Cannot read stream '%1' of source '%2' (SQLite file '%3'): %4")
                         .arg(streamName(), sourceName(), m_path, driverMessage(m_query.lastError())));
    return false;
}

Status SqliteStreamReader::finish()
{
    m_query.finish();
    return {};
}

} // namespace miq
