from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True),
    Column('code', Text),
    Column('v', Integer),
    Column('w', Integer),
    PrimaryKeyConstraint('id', name='a_pkey'),
    UniqueConstraint('code', name='a_code_key'),
    Index('a_code_pat', 'code', postgresql_ops={'code': 'text_pattern_ops'}),
    Index('a_lower_pat', 'v', postgresql_ops={'lower(code)': 'text_pattern_ops'}),
    Index('a_nnd', 'v', 'w', postgresql_nulls_not_distinct=True, unique=True),
    Index('a_v_w_code_idx', 'v', postgresql_include=['w', 'code']),
    Index('a_w_idx2', 'w', postgresql_with={'fillfactor': '70', 'deduplicate_items': 'off'})
)

t_j = Table(
    'j', metadata,
    Column('id', Integer, primary_key=True),
    Column('doc', JSONB),
    PrimaryKeyConstraint('id', name='j_pkey'),
    Index('j_doc', 'doc', postgresql_ops={'doc': 'jsonb_path_ops'}, postgresql_using='gin')
)

t_b = Table(
    'b', metadata,
    Column('id', Integer, primary_key=True),
    Column('a_id', Integer),
    Column('c', Text),
    ForeignKeyConstraint(['a_id'], ['a.id'], deferrable=True, initially='DEFERRED', match='FULL', name='b_a_id_fkey'),
    ForeignKeyConstraint(['c'], ['a.code'], ondelete='SET NULL', deferrable=True, name='b_c_fkey'),
    PrimaryKeyConstraint('id', name='b_pkey')
)
