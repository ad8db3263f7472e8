from sqlalchemy import Column, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text
from sqlalchemy.dialects.postgresql import INET, JSONB

metadata = MetaData()


t_acl = Table(
    'acl', metadata,
    Column('id', Integer, primary_key=True),
    Column('address', INET),
    Column('domain', Text),
    Column('doc', JSONB),
    PrimaryKeyConstraint('id', name='acl_pkey'),
    Index('acl_address_brin', 'address', postgresql_using='brin'),
    Index('acl_address_btree', 'address'),
    Index('acl_address_gist', 'address', postgresql_ops={'address': 'inet_ops'}, postgresql_using='gist'),
    Index('acl_address_minmax', 'address', postgresql_ops={'address': 'inet_minmax_ops'}, postgresql_using='brin'),
    Index('acl_address_spgist', 'address', postgresql_using='spgist'),
    Index('acl_doc', 'doc', postgresql_using='gin'),
    Index('acl_doc_path', 'doc', postgresql_ops={'doc': 'jsonb_path_ops'}, postgresql_using='gin'),
    Index('acl_domain_hash', 'domain', postgresql_using='hash'),
    Index('acl_domain_pattern', 'domain', postgresql_ops={'domain': 'text_pattern_ops'})
)
