from typing import Optional

from sqlalchemy import Index, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        Index('account_code_tenant', 'code', 'tenant', unique=True),
        Index('account_display', 'display')
    )

    tenant: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(Text, primary_key=True)
    display: Mapped[Optional[str]] = mapped_column(Text)
    code: Mapped[Optional[str]] = mapped_column(Text, unique=True)


class Setting(Base):
    __tablename__ = 'setting'
    __table_args__ = (
        Index('setting_value', 'value'),
    )

    name: Mapped[Optional[str]] = mapped_column(Text, primary_key=True, nullable=True)
    scope: Mapped[Optional[str]] = mapped_column(Text, primary_key=True, nullable=True)
    value: Mapped[Optional[str]] = mapped_column(Text)
