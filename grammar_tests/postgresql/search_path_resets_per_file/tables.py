from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_widget = Table(
    'widget', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text),
    PrimaryKeyConstraint('id', name='widget_pkey'),
    schema='core'
)

t_part = Table(
    'part', metadata,
    Column('id', Integer, primary_key=True),
    Column('widget_id', Integer),
    ForeignKeyConstraint(['widget_id'], ['core.widget.id'], name='part_widget_id_fkey'),
    PrimaryKeyConstraint('id', name='part_pkey'),
    Index('part_widget_idx', 'widget_id'),
    schema='core'
)
