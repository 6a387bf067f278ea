#pragma once

#include <QSqlDatabase>
#include <QString>

class QThread;

namespace miq {

// One Qt Sql connection, owned by one object and used on the thread that created it.
//
// Qt Sql connections are bound to their thread and registered in a process-wide list by name,
// so two connectors (or a connector on a worker and one on the GUI thread) must never share a
// name. Each SqlConnection registers "miq-<purpose>-<thread id>-<counter>" and removes it again
// in its destructor. Readers that outlive their connector keep the connection alive through a
// shared_ptr; their QSqlQuery members must be destroyed before it (declare the pointer first).
class SqlConnection
{
public:
    SqlConnection(const QString &driver, const QString &purpose);
    ~SqlConnection();

    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    const QString &name() const { return m_name; }
    QSqlDatabase &database() { return m_database; }
    // The thread the connection belongs to; using it elsewhere is a programming error.
    QThread *thread() const { return m_thread; }

private:
    QString m_name;
    QSqlDatabase m_database;
    QThread *m_thread = nullptr;
};

} // namespace miq
