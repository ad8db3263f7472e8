from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_organisation_sizes = Table(
    'organisation_sizes', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(80)),
    Column('user_count', BIGINT(21), server_default=text("'0'"))
)


class Organisations(Base):
    __tablename__ = 'organisations'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)

    users: Mapped[list['Users']] = relationship('Users', back_populates='organisation')


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name='users_ibfk_1'),
        Index('users_tenant_email_uq', 'organisation_id', 'email', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    organisation_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    email: Mapped[str] = mapped_column(String(190), nullable=False)
    display_name: Mapped[Optional[str]] = mapped_column(String(120))

    organisation: Mapped['Organisations'] = relationship('Organisations', back_populates='users')
