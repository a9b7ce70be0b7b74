package com.example.portal.products;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.example.portal.database.NamedEntity;

@Entity
@Table(name = "product")
public class ProductEntity extends NamedEntity {
}
