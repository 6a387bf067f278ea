#include "connectors/rest/resttransport.h"

#include "connectors/rest/restretry.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace miq {

namespace {

constexpr int CancelPollMs = 25;

bool hasHeader(const QList<RestHeader> &headers, const QByteArray &name)
{
    for (const RestHeader &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QByteArray RestResponse::header(const QByteArray &name) const
{
    QByteArrayList values;
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values << value;
    return values.join(", ");
}

RestTransport::RestTransport() = default;

RestTransport::~RestTransport() = default;

QNetworkAccessManager &RestTransport::manager()
{
    if (!m_manager || m_manager->thread() != QThread::currentThread())
        m_manager = std::make_unique<QNetworkAccessManager>();
    return *m_manager;
}

RestTransport::Outcome RestTransport::send(const QByteArray &method, const QUrl &url,
                                           const QList<RestHeader> &headers, const QByteArray &body,
                                           int timeoutMs, const std::atomic_bool *cancel)
{
    Outcome outcome;
    if (isCancelled(cancel)) {
        outcome.kind = Outcome::Kind::Cancelled;
        return outcome;
    }
    QNetworkRequest request(url);
    // Redirects are followed unless they go from https to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("MigrateIQ"));
    if (!hasHeader(headers, "Accept"))
        request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty() && !hasHeader(headers, "Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // No Accept-Encoding of our own: Qt then asks for compressed bodies and inflates them itself.
    for (const RestHeader &h : headers)
        request.setRawHeader(h.first, h.second);

    QNetworkAccessManager &nam = manager();
    std::unique_ptr<QNetworkReply> reply(method == "GET" ? nam.get(request)
                                                         : nam.sendCustomRequest(request, method, body));
    QEventLoop loop;
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > MaxBodyBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
#if QT_CONFIG(ssl)
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            outcome.tlsErrors << e.errorString();
    });
#endif
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (isCancelled(cancel)) {
            cancelled = true;
            reply->abort();
        }
    });
    timeout.start(timeoutMs);
    poll.start(CancelPollMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timeout.stop();
    poll.stop();

    if (cancelled) {
        outcome.kind = Outcome::Kind::Cancelled;
        return outcome;
    }
    if (timedOut) {
        outcome.kind = Outcome::Kind::TimedOut;
        return outcome;
    }
    if (tooLarge) {
        outcome.kind = Outcome::Kind::TooLarge;
        return outcome;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        outcome.kind = Outcome::Kind::NetworkError;
        outcome.error = reply->error();
        outcome.errorString = reply->errorString();
        return outcome;
    }
    RestResponse &response = outcome.response;
    response.status = status.toInt();
    response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.contentType = reply->rawHeader("Content-Type");
    response.headers = reply->rawHeaderPairs();
    response.url = reply->url();
    response.body = reply->readAll();
    return outcome;
}

} // namespace miq
