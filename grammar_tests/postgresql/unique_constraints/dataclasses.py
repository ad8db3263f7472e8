from typing import Optional

from sqlalchemy import Index, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Accounts(Base):
    __tablename__ = 'accounts'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
        UniqueConstraint('email', name='accounts_email_key'),
        UniqueConstraint('external_ref', name='accounts_external_ref_key'),
        UniqueConstraint('tenant_id', 'handle', name='accounts_tenant_id_handle_key'),
        UniqueConstraint('tenant_id', 'username', name='accounts_tenant_username_uq'),
        Index('accounts_handle_idx', 'handle', unique=True),
        Index('accounts_lower_email_idx', unique=True)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(Text, nullable=False)
    username: Mapped[str] = mapped_column(Text, nullable=False)
    tenant_id: Mapped[int] = mapped_column(Integer, nullable=False)
    external_ref: Mapped[Optional[str]] = mapped_column(Text)
    handle: Mapped[Optional[str]] = mapped_column(Text)
