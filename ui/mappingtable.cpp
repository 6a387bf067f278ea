#include "ui/mappingtable.h"

#include "engine/sync/batchconverter.h"
#include "models/mappingmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace miq {

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->addItems(index.data(MappingModel::ChoicesRole).toStringList());
    // One click chooses: commit as soon as an entry is picked instead of waiting for focus out.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentIndex(), Qt::EditRole);
}

MappingTable::MappingTable(MappingModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView)
    , m_addConstant(new QPushButton(tr("Add &Constant Column")))
    , m_removeConstant(new QPushButton(tr("Remove Constant")))
    , m_runId(new QCheckBox(tr("Add the run &id (%1)").arg(QLatin1String(BatchConverter::runIdColumn))))
    , m_loadedAt(
          new QCheckBox(tr("Add the &load time (%1)").arg(QLatin1String(BatchConverter::loadedAtColumn))))
{
    m_view->setObjectName(QStringLiteral("mappingView"));
    m_addConstant->setObjectName(QStringLiteral("addConstant"));
    m_removeConstant->setObjectName(QStringLiteral("removeConstant"));
    m_runId->setObjectName(QStringLiteral("addRunId"));
    m_loadedAt->setObjectName(QStringLiteral("addLoadedAt"));

    m_view->setModel(m_model);
    auto *choices = new ChoiceDelegate(m_view);
    m_view->setItemDelegateForColumn(MappingModel::TypeColumn, choices);
    m_view->setItemDelegateForColumn(MappingModel::MaskColumn, choices);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(MappingModel::IncludeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MappingModel::SourceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MappingModel::TargetColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MappingModel::TypeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(MappingModel::MaskColumn, QHeaderView::Interactive);
    header->resizeSection(MappingModel::TypeColumn, 110);
    header->resizeSection(MappingModel::MaskColumn, 90);
    m_addConstant->setToolTip(tr("A column with the same value on every row"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addConstant);
    buttons->addWidget(m_removeConstant);
    buttons->addStretch(1);
    buttons->addWidget(m_runId);
    buttons->addWidget(m_loadedAt);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_addConstant, &QPushButton::clicked, this, &MappingTable::addConstant);
    connect(m_removeConstant, &QPushButton::clicked, this, &MappingTable::removeConstant);
    const auto metadataChanged = [this] {
        m_model->setRunMetadata(m_runId->isChecked(), m_loadedAt->isChecked());
    };
    connect(m_runId, &QCheckBox::toggled, this, metadataChanged);
    connect(m_loadedAt, &QCheckBox::toggled, this, metadataChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MappingTable::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MappingTable::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MappingTable::updateButtons);
    updateButtons();
}

void MappingTable::setRunMetadata(bool addRunId, bool addLoadedAt)
{
    m_runId->setChecked(addRunId);
    m_loadedAt->setChecked(addLoadedAt);
}

void MappingTable::addConstant()
{
    const int row = m_model->addConstant(QString(), QString());
    const QModelIndex target = m_model->index(row, MappingModel::TargetColumn);
    m_view->setCurrentIndex(target);
    m_view->edit(target);
}

void MappingTable::removeConstant()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.data(MappingModel::IsConstantRole).toBool())
        m_model->removeRows(current.row(), 1);
}

void MappingTable::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_removeConstant->setEnabled(current.isValid() && current.data(MappingModel::IsConstantRole).toBool());
}

} // namespace miq
