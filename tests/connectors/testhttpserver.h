#pragma once

// A small HTTP/1.1 server for connector tests, on 127.0.0.1 and a free port, built on QTcpServer
// so that a test controls every byte: statuses, headers, bodies, a compressed body, a request
// that never gets an answer, or a TLS client talking to plain HTTP.
//
// It runs on a thread of its own. The code under test blocks its thread (a local event loop per
// request, sleeps between retries), so a server on the test's thread would only be served while
// a request is in flight and would stall during the waits; on its own thread it answers at any
// time, as a real server does. Handlers therefore run on the server thread: state they share
// with the test must be atomic or guarded (hits() and requests() are).

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace miq::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // without the query
    QByteArray query; // as sent (percent-encoded)
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    // A decoded query parameter ('+' and %XX decoded, as web servers do); empty when absent.
    QString param(const QByteArray &name) const;
    bool hasParam(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // A decoded application/x-www-form-urlencoded body field.
    QString formField(const QByteArray &name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool hang = false;    // never answer (the connection stays open)
    bool deflate = false; // compress the body (Content-Encoding: deflate) when the client accepts it

    static HttpResponse json(const QByteArray &body, int status = 200)
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        return r;
    }
};

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;

class TestHttpServer
{
public:
    TestHttpServer();
    ~TestHttpServer();

    // Routes are matched by exact path; unknown paths get 404. Add them before start().
    void route(const QByteArray &path, HttpHandler handler);
    // Listens on 127.0.0.1 and a free port; false when that fails.
    bool start();
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:<port>"
    QString baseUrl() const;

    // How many requests reached `path` so far, and all requests in order.
    int hits(const QByteArray &path) const;
    QList<HttpRequest> requests() const;

private:
    class Listener;
    friend class Listener;
    void record(const HttpRequest &request);
    HttpResponse dispatch(const HttpRequest &request) const;

    QThread m_thread;
    Listener *m_listener = nullptr; // lives on m_thread
    QMap<QByteArray, HttpHandler> m_routes;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<HttpRequest> m_requests;
};

} // namespace miq::test
