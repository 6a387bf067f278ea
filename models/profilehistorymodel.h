#pragma once

#include "engine/profile/profilestore.h"

#include <QAbstractTableModel>
#include <QList>

namespace miq {

// The saved profiles of one stream, newest first, keyed by profile id: when, rows, sample or
// full pass, columns, overall quality, alerts, duration. Reads only the summary columns of the
// workspace's `profiles` table (never the profiles themselves), so it is cheap on the GUI thread.
class ProfileHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProfiledAtColumn, RowsColumn, ScopeColumn, ColumnsColumn, QualityColumn, AlertsColumn,
                  DurationColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 profile id
        ProfiledAtRole,            // QDateTime (UTC)
        SortRole,                  // the cell's raw value for sorting proxies
    };

    explicit ProfileHistoryModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    Status setStore(ProfileStore *store);
    ProfileStore *store() const { return m_store; }
    // Shows the history of `subject` (an invalid subject empties the model).
    Status setSubject(const ProfileSubject &subject);
    const ProfileSubject &subject() const { return m_subject; }
    Status reload();

    QModelIndex indexForId(qint64 id, int column = ProfiledAtColumn) const;
    const ProfileRecord *recordForId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProfileStore *m_store = nullptr;
    ProfileSubject m_subject;
    QList<ProfileRecord> m_records; // newest first
};

} // namespace miq
