#pragma once

#include "connectors/rest/restpaging.h"

#include "connectors/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace miq {

// Where a REST stream continues, as a small QDataStream blob: magic and format version, the
// fingerprint of the settings that select the records, the columns in order (so a resumed stream
// keeps the first run's schema without asking for the first page again), then the position: the
// page request to send next (page number, offset, cursor or URL) and how many of its records were
// handed out already. No secret is in it: a next-page URL is stored without the API key.
struct RestResumeToken
{
    Q_DECLARE_TR_FUNCTIONS(miq::RestResumeToken)

public:
    static constexpr quint32 magic = 0x4d495152; // "MIQR"
    static constexpr quint8 formatVersion = 1;

    QByteArray fingerprint;
    std::vector<std::string> columns;
    bool finished = false; // the stream was read to its end
    RestPosition position;

    QByteArray encodePrefix() const;
    static QByteArray encode(const QByteArray &prefix, const RestPosition *position);
    // `source` names the source in messages ("source 'Shop'").
    static Result<RestResumeToken> decode(const QByteArray &bytes, const QString &source);
};

} // namespace miq
