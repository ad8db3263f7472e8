from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, SmallInteger, String, Table

metadata = MetaData()


t_part_kinds = Table(
    'part_kinds', metadata,
    Column('id', SmallInteger, primary_key=True),
    Column('name', String(16), nullable=False),
    PrimaryKeyConstraint('id', name='part_kinds_pkey')
)

t_parts = Table(
    'parts', metadata,
    Column('id', Integer, primary_key=True),
    Column('kind', SmallInteger, nullable=False),
    ForeignKeyConstraint(['kind'], ['part_kinds.id'], name='fk_part_kind'),
    PrimaryKeyConstraint('id', name='parts_pkey'),
    Index('parts_kind_idx', 'kind')
)
