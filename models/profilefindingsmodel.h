#pragma once

#include "engine/profile/profilecomparison.h"

#include <QAbstractTableModel>
#include <QList>

namespace miq {

// What changed between two profiles of a stream (ProfileComparison's findings, most severe
// first): severity, column, change. GUI thread only.
class ProfileFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, ColumnColumn, ChangeColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int ProfileFinding::Severity
        KindRole,                        // int ProfileFinding::Kind
        ProfileColumnRole,               // QString the column (empty for the dataset)
    };

    explicit ProfileFindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<ProfileFinding> &findings);
    const QList<ProfileFinding> &findings() const { return m_findings; }

    static QString severityDisplayName(ProfileFinding::Severity severity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProfileFinding> m_findings;
};

} // namespace miq
