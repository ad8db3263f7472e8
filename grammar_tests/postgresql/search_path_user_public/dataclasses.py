from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['postgres.account.id'], name='account_owner_id_fkey'),
        PrimaryKeyConstraint('id', name='account_pkey'),
        Index('account_owner_idx', 'owner_id'),
        {'schema': 'postgres'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[Optional[int]] = mapped_column(Integer)

    owner: Mapped[Optional['Account']] = relationship('Account', remote_side=[id], back_populates='owner_reverse')
    owner_reverse: Mapped[list['Account']] = relationship('Account', remote_side=[owner_id], back_populates='owner')
