from typing import Optional

from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

class Countries(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='countries_pkey'),
        UniqueConstraint('iso_code', name='countries_iso_code_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    iso_code: str = Field(sa_column=Column('iso_code', CHAR(2), nullable=False))

    cities_capital_of: list['Cities'] = Relationship(back_populates='countries', sa_relationship_kwargs={'foreign_keys': '[Cities.capital_of]'})
    cities_country_code: list['Cities'] = Relationship(back_populates='countries_', sa_relationship_kwargs={'foreign_keys': '[Cities.country_code]'})


class Cities(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['capital_of'], ['countries.id'], deferrable=True, name='cities_capital_of_fkey'),
        ForeignKeyConstraint(['country_code'], ['countries.iso_code'], deferrable=True, initially='DEFERRED', name='cities_country_code_fkey'),
        PrimaryKeyConstraint('id', name='cities_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    country_code: str = Field(sa_column=Column('country_code', CHAR(2), nullable=False))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    capital_of: Optional[int] = Field(default=None, sa_column=Column('capital_of', Integer))

    countries: Optional['Countries'] = Relationship(back_populates='cities_capital_of', sa_relationship_kwargs={'foreign_keys': '[Cities.capital_of]'})
    countries_: 'Countries' = Relationship(back_populates='cities_country_code', sa_relationship_kwargs={'foreign_keys': '[Cities.country_code]'})
    routes_from_city: list['Routes'] = Relationship(back_populates='cities', sa_relationship_kwargs={'foreign_keys': '[Routes.from_city]'})
    routes_to_city: list['Routes'] = Relationship(back_populates='cities_', sa_relationship_kwargs={'foreign_keys': '[Routes.to_city]'})


class Routes(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['from_city'], ['cities.id'], ondelete='CASCADE', match='FULL', name='routes_from_fk'),
        ForeignKeyConstraint(['to_city'], ['cities.id'], onupdate='CASCADE', deferrable=True, initially='DEFERRED', name='routes_to_fk'),
        PrimaryKeyConstraint('from_city', 'to_city', name='routes_pkey')
    )

    from_city: int = Field(sa_column=Column('from_city', Integer, primary_key=True))
    to_city: int = Field(sa_column=Column('to_city', Integer, primary_key=True))
    distance: Optional[int] = Field(default=None, sa_column=Column('distance', Integer))

    cities: 'Cities' = Relationship(back_populates='routes_from_city', sa_relationship_kwargs={'foreign_keys': '[Routes.from_city]'})
    cities_: 'Cities' = Relationship(back_populates='routes_to_city', sa_relationship_kwargs={'foreign_keys': '[Routes.to_city]'})
