#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace miq {

class MappingModel;

// Edits a combo-box column of a model that lists its choices in MappingModel::ChoicesRole and
// takes the chosen index as Qt::EditRole.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// The job editor's column mapping: one row per source column (include, target name, cast type,
// mask), buttons to add and remove constant columns, and the run metadata columns.
class MappingTable : public QWidget
{
    Q_OBJECT

public:
    explicit MappingTable(MappingModel *model, QWidget *parent = nullptr);

    MappingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Reflects the model's run metadata flags in the check boxes (after MappingModel::setMapping).
    void setRunMetadata(bool addRunId, bool addLoadedAt);

private:
    void addConstant();
    void removeConstant();
    void updateButtons();

    MappingModel *m_model;
    QTableView *m_view;
    QPushButton *m_addConstant;
    QPushButton *m_removeConstant;
    QCheckBox *m_runId;
    QCheckBox *m_loadedAt;
};

} // namespace miq
