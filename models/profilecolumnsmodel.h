#pragma once

#include "engine/profile/profile.h"

#include <QAbstractTableModel>

#include <memory>

namespace miq {

// The columns of one profile as a table: name, inferred type, completeness (drawn as a bar by
// the pane's delegate), distinct values, quality and alerts. One row per profile column, in the
// profile's order; sorting belongs in a QSortFilterProxyModel (SortRole). The profile is shared,
// not copied: the pane, its charts and this model read the same immutable value. GUI thread only.
class ProfileColumnsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, CompletenessColumn, DistinctColumn, QualityColumn, AlertsColumn, ColumnCount };
    enum Role {
        ColumnIndexRole = Qt::UserRole + 1, // int index into DatasetProfile::columns
        CompletenessRole,                   // double 0..1: share of values neither null nor blank
        SortRole,                           // the cell's raw value for sorting proxies
        SearchTextRole,                     // QString name, type, meaning, alerts, for a filter box
        AlertCountRole,                     // int
    };

    explicit ProfileColumnsModel(QObject *parent = nullptr);

    // nullptr empties the model.
    void setProfile(std::shared_ptr<const DatasetProfile> profile);
    std::shared_ptr<const DatasetProfile> profile() const { return m_profile; }
    const ProfileColumn *column(int row) const;
    QModelIndex indexForName(const QString &name, int column = NameColumn) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const DatasetProfile> m_profile;
};

} // namespace miq
