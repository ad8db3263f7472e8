from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Widget(Base):
    __tablename__ = 'widget'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='widget_pkey'),
        {'schema': 'core'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[Optional[str]] = mapped_column(Text)

    part: Mapped[list['Part']] = relationship('Part', back_populates='widget')


class Part(Base):
    __tablename__ = 'part'
    __table_args__ = (
        ForeignKeyConstraint(['widget_id'], ['core.widget.id'], name='part_widget_id_fkey'),
        PrimaryKeyConstraint('id', name='part_pkey'),
        Index('part_widget_idx', 'widget_id'),
        {'schema': 'core'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    widget_id: Mapped[Optional[int]] = mapped_column(Integer)

    widget: Mapped[Optional['Widget']] = relationship('Widget', back_populates='part')
