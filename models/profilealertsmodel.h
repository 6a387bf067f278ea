#pragma once

#include "engine/profile/profile.h"

#include <QAbstractTableModel>
#include <QList>

namespace miq {

// A profile's alerts (dataset-level and every column's, most severe first as the profiler
// ordered them): kind, column, message. GUI thread only.
class ProfileAlertsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, ColumnColumn, MessageColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int ProfileAlert::Kind
        KindIdRole,                  // QString stable identifier ("mostly_missing")
        ProfileColumnRole,           // QString the column the alert is about (empty for the dataset)
    };

    explicit ProfileAlertsModel(QObject *parent = nullptr);

    void setAlerts(const QList<ProfileAlert> &alerts);
    const QList<ProfileAlert> &alerts() const { return m_alerts; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProfileAlert> m_alerts;
};

} // namespace miq
