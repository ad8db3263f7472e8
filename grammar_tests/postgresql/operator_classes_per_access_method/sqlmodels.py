from typing import Optional

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import INET, JSONB
from sqlmodel import Field, SQLModel

class Acl(SQLModel, table=True):
    __table_args__ = (
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

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    address: Optional[object] = Field(default=None, sa_column=Column('address', INET))
    domain: Optional[str] = Field(default=None, sa_column=Column('domain', Text))
    doc: Optional[object] = Field(default=None, sa_column=Column('doc', JSONB))
