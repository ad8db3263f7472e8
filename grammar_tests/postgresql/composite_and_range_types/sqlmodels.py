from typing import Optional
import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, Relationship, SQLModel

class Mood(str, enum.Enum):
    CALM = 'calm'


class MoodLog(SQLModel, table=True):
    __tablename__ = 'mood_log'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='mood_log_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    mood: Optional[Mood] = Field(default=None, sa_column=Column('mood', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')))


class Product(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='product_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    price: Optional[object] = Field(default=None, sa_column=Column('price', NullType))
    history: Optional[object] = Field(default=None, sa_column=Column('history', NullType))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))

    review: list['Review'] = Relationship(back_populates='product')


class Review(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['product_id'], ['product.id'], name='review_product_id_fkey'),
        PrimaryKeyConstraint('id', name='review_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    product_id: Optional[int] = Field(default=None, sa_column=Column('product_id', Integer))

    product: Optional['Product'] = Relationship(back_populates='review')
