from typing import Optional
import enum

from sqlalchemy import Enum, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Mood(str, enum.Enum):
    CALM = 'calm'


class MoodLog(Base):
    __tablename__ = 'mood_log'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='mood_log_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mood: Mapped[Optional[Mood]] = mapped_column(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))


class Product(Base):
    __tablename__ = 'product'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='product_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    price: Mapped[Optional[object]] = mapped_column(NullType)
    history: Mapped[Optional[object]] = mapped_column(NullType)
    label: Mapped[Optional[str]] = mapped_column(Text)

    review: Mapped[list['Review']] = relationship('Review', back_populates='product')


class Review(Base):
    __tablename__ = 'review'
    __table_args__ = (
        ForeignKeyConstraint(['product_id'], ['product.id'], name='review_product_id_fkey'),
        PrimaryKeyConstraint('id', name='review_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[Optional[int]] = mapped_column(Integer)

    product: Mapped[Optional['Product']] = relationship('Product', back_populates='review')
