#pragma once

#include "connectors/rest/restsettings.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace miq {

// What the server answered.
struct RestResponse
{
    int status = 0;
    QByteArray reason;      // "Not Found"
    QByteArray contentType; // as sent, e.g. "application/json; charset=utf-8"
    QByteArray body;        // decompressed
    QUrl url;               // the URL answered, after redirects
    QList<QNetworkReply::RawHeaderPair> headers;

    // The value of a header (case-insensitive name); several values are joined with ", ".
    QByteArray header(const QByteArray &name) const;
};

// One HTTP exchange on the calling thread, without a running event loop: the request runs in a
// local QEventLoop with a QTimer for the timeout and another that polls the cancel flag.
//
// Thread affinity: QNetworkAccessManager must be used on the thread that created it, and a
// StreamReader may be opened on one pool thread and read on another, so the manager is created
// lazily on the thread that sends and created again if that thread changes. Keeping one manager
// per thread keeps connections alive from page to page.
class RestTransport
{
public:
    struct Outcome
    {
        enum class Kind {
            Response,     // `response` holds the answer, whatever its status
            NetworkError, // `error` and `errorString` say what failed
            TimedOut,
            Cancelled,
            TooLarge, // the body exceeded MaxBodyBytes
        };
        Kind kind = Kind::Response;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString; // Qt's text, may quote the URL: scrub before showing
        QStringList tlsErrors;
        RestResponse response;
    };

    // One page is held in memory while it is read (never the whole result set); this bounds it.
    static constexpr qint64 MaxBodyBytes = 256 * 1024 * 1024;

    RestTransport();
    ~RestTransport();
    RestTransport(const RestTransport &) = delete;
    RestTransport &operator=(const RestTransport &) = delete;

    Outcome send(const QByteArray &method, const QUrl &url, const QList<RestHeader> &headers,
                 const QByteArray &body, int timeoutMs, const std::atomic_bool *cancel);

private:
    QNetworkAccessManager &manager();

    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace miq
