#include "testhttpserver.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace miq::test {

namespace {

QString formDecode(QByteArray value)
{
    value.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
}

std::optional<QString> findField(const QByteArray &encoded, const QByteArray &name)
{
    for (const QByteArray &item : encoded.split('&')) {
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = eq < 0 ? item : item.left(eq);
        if (formDecode(key) == QString::fromUtf8(name))
            return formDecode(eq < 0 ? QByteArray() : item.mid(eq + 1));
    }
    return std::nullopt;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

QString HttpRequest::param(const QByteArray &name) const
{
    return findField(query, name).value_or(QString());
}

bool HttpRequest::hasParam(const QByteArray &name) const
{
    return findField(query, name).has_value();
}

QString HttpRequest::formField(const QByteArray &name) const
{
    return findField(body, name).value_or(QString());
}

// Accepts connections and speaks just enough HTTP/1.1: one request after another on each
// connection (keep-alive), bodies by Content-Length.
class TestHttpServer::Listener : public QTcpServer
{
public:
    explicit Listener(TestHttpServer &owner) : m_owner(owner) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            serve(socket, *buffer);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                if (buffer.size() > 64 * 1024 || (!buffer.isEmpty() && !std::isalpha(uchar(buffer.front())))) {
                    // Not HTTP (e.g. a TLS handshake): refuse and hang up.
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    buffer.clear();
                }
                return;
            }
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            HttpRequest request;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            const QByteArray target = requestLine.value(1);
            const qsizetype question = target.indexOf('?');
            request.path = question < 0 ? target : target.left(question);
            request.query = question < 0 ? QByteArray() : target.mid(question + 1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return; // the body is still coming
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);

            m_owner.record(request);
            HttpResponse response = m_owner.dispatch(request);
            if (response.hang)
                return; // this connection gets no answer; the client gives up
            QByteArray body = response.body;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
            if (response.deflate && request.header("accept-encoding").contains("deflate")) {
                body = qCompress(body).mid(4); // qCompress = 4-byte length + a zlib stream
                head += "Content-Encoding: deflate\r\n";
            }
            if (!response.contentType.isEmpty())
                head += "Content-Type: " + response.contentType + "\r\n";
            for (const auto &[name, value] : response.headers)
                head += name + ": " + value + "\r\n";
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
            socket->write(head + body);
        }
    }

    TestHttpServer &m_owner;
};

TestHttpServer::TestHttpServer() = default;

TestHttpServer::~TestHttpServer()
{
    if (m_listener)
        QMetaObject::invokeMethod(m_listener, [this] { delete m_listener; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TestHttpServer::route(const QByteArray &path, HttpHandler handler)
{
    m_routes.insert(path, std::move(handler));
}

bool TestHttpServer::start()
{
    // Created here, moved before it listens (no socket exists yet), then started over there.
    m_listener = new Listener(*this);
    m_listener->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_listener,
        [this, &listening] {
            listening = m_listener->listen(QHostAddress::LocalHost, 0);
            m_port = m_listener->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QString TestHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void TestHttpServer::record(const HttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

HttpResponse TestHttpServer::dispatch(const HttpRequest &request) const
{
    const auto it = m_routes.constFind(request.path);
    if (it == m_routes.cend())
        return HttpResponse::json(R"({"error": "no such endpoint"})", 404);
    return (*it)(request);
}

int TestHttpServer::hits(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const HttpRequest &r : m_requests)
        n += r.path == path;
    return n;
}

QList<HttpRequest> TestHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

} // namespace miq::test
