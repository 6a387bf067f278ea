#include "connectors/sql/sqlconnection.h"

#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

QString uniqueConnectionName(const QString &purpose)
{
    // The counter alone would be unique; the thread id makes leaked connections (and Qt's
    // "connection is still in use" warnings) traceable to the worker that opened them.
    static std::atomic<quint64> counter{0};
    return u"miq-%1-%2-%3"_s.arg(purpose)
        .arg(quintptr(QThread::currentThreadId()), 0, 16)
        .arg(counter.fetch_add(1, std::memory_order_relaxed));
}

} // namespace

SqlConnection::SqlConnection(const QString &driver, const QString &purpose)
    : m_name(uniqueConnectionName(purpose))
    , m_database(QSqlDatabase::addDatabase(driver, m_name))
    , m_thread(QThread::currentThread())
{
}

SqlConnection::~SqlConnection()
{
    m_database.close();
    // removeDatabase() warns (and leaks the driver) while any QSqlDatabase copy still exists.
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace miq
