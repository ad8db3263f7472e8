from typing import Optional

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Nodes(Base):
    __tablename__ = 'nodes'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey('nodes.id'))

    parent: Mapped[Optional['Nodes']] = relationship('Nodes', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Nodes']] = relationship('Nodes', remote_side=[parent_id], back_populates='parent')


class Users(Users):
    __tablename__ = 'users'

    id: Mapped[Optional[int]] = mapped_column(Integer, ForeignKey('users.id'), primary_key=True)
    name: Mapped[Optional[str]] = mapped_column(Text)
