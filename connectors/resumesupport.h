#pragma once

#include "connectors/result.h"

#include <QDataStream>
#include <QString>

namespace miq {

// Pieces shared by the readers' resume tokens (ReadOptions::resumeFrom).

// What a file was like when a stream read it: a resume is refused when it has changed since.
struct FileStamp
{
    QString path;
    qint64 size = -1;
    qint64 modified = 0; // ms since the epoch

    static FileStamp of(const QString &path);
    bool operator==(const FileStamp &other) const = default;
};

// Tokens are QDataStreams of this version, so a token survives a Qt update.
constexpr QDataStream::Version resumeStreamVersion = QDataStream::Qt_6_4;

// Strings as UTF-8: half the size of QDataStream's UTF-16 for the usual ASCII paths and names.
void writeTokenText(QDataStream &out, const QString &text);
QString readTokenText(QDataStream &in);

// Reads a token's magic number and format version. The error says the token is not a position
// in `kind` ("delimited text", "a JSON file"), or was written by another version of MigrateIQ;
// `what` names the object ("source 'crm'", "file 'a.json'"). Both end "start over with --full".
Status readTokenHeader(QDataStream &in, quint32 magic, quint8 version, const QString &what, const QString &kind);

} // namespace miq
