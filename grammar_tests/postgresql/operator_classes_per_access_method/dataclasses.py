from typing import Optional

from sqlalchemy import Index, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import INET, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Acl(Base):
    __tablename__ = 'acl'
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[Optional[object]] = mapped_column(INET)
    domain: Mapped[Optional[str]] = mapped_column(Text)
    doc: Mapped[Optional[object]] = mapped_column(JSONB)
