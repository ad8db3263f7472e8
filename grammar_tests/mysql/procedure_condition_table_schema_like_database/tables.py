from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_widget_kind = Table(
    'widget_kind', metadata,
    Column('id', TINYINT(3, unsigned=True), primary_key=True),
    Column('label', String(20), nullable=False)
)

t_widget = Table(
    'widget', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('kind_id', TINYINT(3, unsigned=True), nullable=False),
    Column('one_label_column', INTEGER(11)),
    Column('no_such_table_absent', INTEGER(11)),
    Column('id_found', INTEGER(11)),
    ForeignKeyConstraint(['kind_id'], ['widget_kind.id'], name='fk_widget_kind'),
    Index('fk_widget_kind', 'kind_id')
)
