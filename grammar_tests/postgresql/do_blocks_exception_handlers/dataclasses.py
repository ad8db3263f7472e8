from typing import Optional
import enum

from sqlalchemy import Enum, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Tier(str, enum.Enum):
    FREE = 'free'
    PAID = 'paid'


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='account_pkey'),
        Index('account_level_idx', 'level')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    level: Mapped[Optional[int]] = mapped_column(Integer)
    plan: Mapped[Optional[Tier]] = mapped_column(Enum(Tier, values_callable=lambda cls: [member.value for member in cls], name='tier'))

    membership: Mapped[list['Membership']] = relationship('Membership', back_populates='account')


class Membership(Base):
    __tablename__ = 'membership'
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['account.id'], name='membership_account_fk'),
        PrimaryKeyConstraint('id', name='membership_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[Optional[int]] = mapped_column(Integer)

    account: Mapped[Optional['Account']] = relationship('Account', back_populates='membership')
