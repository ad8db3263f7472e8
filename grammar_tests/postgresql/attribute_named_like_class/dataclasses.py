from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Name(Base):
    __tablename__ = 'name'
    __table_args__ = (
        ForeignKeyConstraint(['name_id'], ['name.id'], name='name_name_id_fkey'),
        PrimaryKeyConstraint('id', name='name_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    Name: Mapped[Optional[str]] = mapped_column(Text)
    name_id: Mapped[Optional[int]] = mapped_column(Integer)

    name: Mapped[Optional['Name']] = relationship('Name', remote_side=[id], back_populates='name_reverse')
    name_reverse: Mapped[list['Name']] = relationship('Name', remote_side=[name_id], back_populates='name')
